"use client";
// The review list: each application with its answers and its own decision form, and a
// checkbox to decide several at once after a confirmation step that names everyone. Staff
// pages are in English; the words the review shares with lib/ (decisions, refusals) come from
// eventApplications.review, in the ClientMessages around it.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { FieldError } from "@/components/ui/choice-fields";
import { FormMessage } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";
import { decideApplicationsAction } from "@/lib/events/review/actions";
import { REVIEW_DECISIONS, type ReviewDecision } from "@/lib/events/review/rules";

export type ReviewItem = {
  id: string;
  /** "<id>@<updatedAt>": what the forms send, so a decision on a changed application is refused. */
  seen: string;
  name: string;
  email: string;
  statusLabel: string;
  hub: string | null;
  role: string;
  bring: string;
  takeAway: string;
  needs: string | null;
  appliedOn: string;
  decision: string | null;
  decisions: ReviewDecision[];
};

const secondary = "rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-900 hover:bg-stone-100 disabled:opacity-60";
const primary = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

function DecisionButton({ decision, children }: { decision: ReviewDecision; children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="decision" value={decision} disabled={pending} className={decision === "decline" ? secondary : primary}>
      {children}
    </button>
  );
}

function MessageField({ state, label, hint }: { state: FormState; label: string; hint: string }) {
  const id = `message${useId()}`;
  const errors = state.fieldErrors?.message;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
        <span className="font-normal text-stone-600"> (optional)</span>
      </label>
      <p id={`${id}-hint`} className="text-sm text-stone-600">{hint}</p>
      <textarea
        id={id}
        name="message"
        rows={3}
        maxLength={4000}
        defaultValue={typeof state.values?.message === "string" ? state.values.message : undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[`${id}-hint`, errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ")}
        className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2"
      />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

function Hidden({ eventId, back }: { eventId: string; back: string }) {
  return (
    <>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="back" value={back} />
    </>
  );
}

function Answer({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-stone-900">{term}</dt>
      <dd className="whitespace-pre-line text-stone-800">{children}</dd>
    </div>
  );
}

function ApplicationCard({ item, eventId, back, chosen, onChoose }: { item: ReviewItem; eventId: string; back: string; chosen: boolean; onChoose: (on: boolean) => void }) {
  const t = useTranslations("eventApplications.review");
  const [state, action] = useActionState(decideApplicationsAction, initialFormState);
  const headingId = `application-${item.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 [overflow-wrap:anywhere]">
      <div className="flex flex-wrap items-start gap-3">
        {item.decisions.length ? (
          <input type="checkbox" checked={chosen} onChange={(e) => onChoose(e.target.checked)} aria-label={`Choose ${item.name}`} className="mt-1.5 size-5 accent-brand-700" />
        ) : null}
        <div className="min-w-0 flex-1">
          <h3 id={headingId} className="text-lg font-semibold">{item.name}</h3>
          <p className="text-sm text-stone-700">
            <a href={`mailto:${item.email}`}>{item.email}</a> · {item.role}
            {item.hub ? ` · ${item.hub}` : ""} · applied {item.appliedOn}
          </p>
          <p className="mt-1 font-semibold">{item.statusLabel}</p>
        </div>
      </div>
      <dl className="mt-3 space-y-2">
        <Answer term="What they will bring">{item.bring}</Answer>
        <Answer term="What they want to take away">{item.takeAway}</Answer>
        {item.needs ? <Answer term="Access or dietary needs">{item.needs}</Answer> : null}
        {item.decision ? <Answer term="Last decision">{item.decision}</Answer> : null}
      </dl>
      {item.decisions.length ? (
        <form action={action} noValidate className="mt-4 space-y-3 border-t border-stone-200 pt-4">
          <FormMessage state={state} />
          <Hidden eventId={eventId} back={back} />
          <input type="hidden" name="applications" value={item.seen} />
          <MessageField state={state} label={`Message to ${item.name}`} hint="Sent with the decision." />
          <div className="flex flex-wrap gap-3">
            {item.decisions.map((d) => (
              <DecisionButton key={d} decision={d}>{t(`decision.${d}`)}</DecisionButton>
            ))}
          </div>
        </form>
      ) : null}
    </article>
  );
}

function BulkConfirmation({ items, decision, eventId, back, onBack }: { items: ReviewItem[]; decision: ReviewDecision; eventId: string; back: string; onBack: () => void }) {
  const t = useTranslations("eventApplications.review");
  const [state, action] = useActionState(decideApplicationsAction, initialFormState);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <form action={action} noValidate aria-labelledby="bulk-question" className="space-y-4 rounded-xl border-2 border-brand-700 bg-white p-4">
      <h3 id="bulk-question" ref={heading} tabIndex={-1} className="text-xl font-bold">{t("bulkQuestion", { decision, count: items.length })}</h3>
      <FormMessage state={state} />
      <p>Each person is emailed the decision, with your message. If one of them cannot be {t(`done.${decision}`)}, nothing is changed.</p>
      <ul className="list-disc pl-6">
        {items.map((i) => (
          <li key={i.id}>{i.name} ({i.statusLabel.toLowerCase()})</li>
        ))}
      </ul>
      <Hidden eventId={eventId} back={back} />
      <input type="hidden" name="decision" value={decision} />
      {items.map((i) => <input key={i.id} type="hidden" name="applications" value={i.seen} />)}
      <MessageField state={state} label="Message to each of them" hint="The same message goes to everyone listed." />
      <div className="flex flex-wrap gap-3">
        <ConfirmButton>{t("bulkConfirm", { decision, count: items.length })}</ConfirmButton>
        <button type="button" className={secondary} onClick={onBack}>Go back</button>
      </div>
    </form>
  );
}

function ConfirmButton({ children }: { children: string }) {
  const { pending } = useFormStatus();
  return <button type="submit" disabled={pending} className={primary}>{pending ? "Saving…" : children}</button>;
}

export function ApplicationReview({ items, eventId, back }: { items: ReviewItem[]; eventId: string; back: string }) {
  const t = useTranslations("eventApplications.review");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [decision, setDecision] = useState<ReviewDecision>("accept");
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const selectId = useId();
  const choosable = items.filter((i) => i.decisions.length);
  const chosenItems = items.filter((i) => chosen.has(i.id));
  const choose = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div className="space-y-4">
      {choosable.length ? (
        <section aria-labelledby="bulk-heading" className="rounded-xl border border-stone-200 bg-stone-50 p-4">
          <h3 id="bulk-heading" className="font-semibold">Decide several at once</h3>
          {confirming && chosenItems.length ? (
            <div className="mt-3">
              <BulkConfirmation items={chosenItems} decision={decision} eventId={eventId} back={back} onBack={() => setConfirming(false)} />
            </div>
          ) : (
            <div className="mt-2 flex flex-wrap items-end gap-3">
              <p className="w-full text-sm text-stone-700" aria-live="polite">
                {chosen.size === 0 ? "Tick the applications to decide together." : `${chosen.size} chosen.`}
              </p>
              <button type="button" className={secondary} onClick={() => setChosen(chosen.size === choosable.length ? new Set() : new Set(choosable.map((i) => i.id)))}>
                {chosen.size === choosable.length ? "Clear the choice" : "Choose all on this page"}
              </button>
              <div>
                <label htmlFor={selectId} className="block font-medium">Decision</label>
                <select id={selectId} value={decision} onChange={(e) => setDecision(e.target.value as ReviewDecision)} className="mt-1 rounded-md border border-stone-400 bg-white px-3 py-2">
                  {REVIEW_DECISIONS.map((d) => <option key={d} value={d}>{t(`decision.${d}`)}</option>)}
                </select>
              </div>
              <button
                type="button"
                className={primary}
                onClick={() => {
                  setProblem(chosen.size ? null : "Tick at least one application first.");
                  setConfirming(chosen.size > 0);
                }}
              >
                Continue…
              </button>
              {problem ? <p role="alert" className="w-full text-sm font-medium text-red-800">{problem}</p> : null}
            </div>
          )}
        </section>
      ) : null}
      <ol className="space-y-3">
        {items.map((item) => (
          <li key={item.seen}>
            <ApplicationCard item={item} eventId={eventId} back={back} chosen={chosen.has(item.id)} onChoose={(on) => choose(item.id, on)} />
          </li>
        ))}
      </ol>
    </div>
  );
}
