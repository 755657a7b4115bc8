import { useTranslations } from "next-intl";
import { Choices, type Choice } from "@/components/p2p/apply/choices";
import { Step } from "@/components/p2p/apply/step";
import { linkTo } from "@/components/i18n/rich-text";
import { calendarDay, isoDate } from "@/lib/calendar";
import { ANSWER_LIMITS } from "@/lib/p2p/applications/answers";
import type { Verdict } from "@/lib/p2p/applications/eligibility";
import { STEPS, type Step as StepName, type StepQuery } from "@/lib/p2p/applications/steps";

type Round = { slug: string; exchangesFrom: Date | null; exchangesUntil: Date | null; maxStayDays: number | null; peoplePerExchange: number; membershipRequired: boolean };

const input = (invalid: boolean) => `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-stone-900 ${invalid ? "border-red-700" : "border-stone-400"}`;

/** Attributes that tie a text input to its step's refusal. */
const invalidProps = (verdict: Verdict, step: StepName) => (verdict ? { "aria-invalid": true, "aria-describedby": `step-${step}-error` } : {});

/**
 * The eligibility check: five steps in one form sent with GET, so the page comes back with the
 * rules' verdict beside each step. Nothing here decides anything: the server checks it all.
 */
export function ApplySteps({ round, query, verdicts, hubs, hosts }: { round: Round; query: StepQuery; verdicts: Record<StepName, Verdict>; hubs: readonly Choice[]; hosts: readonly Choice[] }) {
  const t = useTranslations("p2pApply.steps");
  const failing = STEPS.filter((step) => verdicts[step]);
  const from = round.exchangesFrom ? isoDate(round.exchangesFrom) : undefined;
  const until = round.exchangesUntil ? isoDate(round.exchangesUntil) : undefined;
  return (
    <form method="get" noValidate className="space-y-6">
      <input type="hidden" name="round" value={round.slug} />
      {failing.length ? (
        <div role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
          <p className="font-semibold">{t("summary", { count: failing.length })}</p>
          <ul className="mt-1 list-disc pl-6">
            {failing.map((step) => (
              <li key={step}>
                <a href={`#step-${step}`} className="underline">
                  {t(`${step}.legend`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <Step n={1} id="step-hub" legend={t("hub.legend")} hint={round.membershipRequired ? t("hub.hintMembers") : t("hub.hintAnyone")} verdict={verdicts.hub}>
        {hubs.length ? <Choices name="hub" choices={hubs} chosen={query.hub} /> : <p>{t.rich("hub.none", { link: linkTo("/hubs/new") })}</p>}
      </Step>

      <Step n={2} id="step-role" legend={t("role.legend")} verdict={verdicts.role}>
        <label htmlFor="role" className="block font-medium text-stone-900">
          {t("role.label")}
        </label>
        <input id="role" name="role" defaultValue={query.role} maxLength={ANSWER_LIMITS.role} autoComplete="organization-title" className={input(Boolean(verdicts.role))} {...invalidProps(verdicts.role, "role")} />
      </Step>

      <Step n={3} id="step-host" legend={t("host.legend")} hint={t("host.hint")} verdict={verdicts.host}>
        {hosts.length ? <Choices name="host" choices={hosts} chosen={query.host} /> : <p>{t.rich("host.none", { link: linkTo("/p2p") })}</p>}
      </Step>

      <Step
        n={4}
        id="step-dates"
        legend={t("dates.legend")}
        hint={
          !round.exchangesFrom || !round.exchangesUntil
            ? undefined
            : round.maxStayDays === null
              ? t("dates.hintNoMax", { from: calendarDay(round.exchangesFrom), until: calendarDay(round.exchangesUntil) })
              : t("dates.hint", { from: calendarDay(round.exchangesFrom), until: calendarDay(round.exchangesUntil), max: round.maxStayDays })
        }
        verdict={verdicts.dates}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="from" className="block font-medium text-stone-900">
              {t("dates.from")}
            </label>
            <input id="from" name="from" type="date" min={from} max={until} defaultValue={query.from} className={input(Boolean(verdicts.dates))} {...invalidProps(verdicts.dates, "dates")} />
          </div>
          <div>
            <label htmlFor="until" className="block font-medium text-stone-900">
              {t("dates.until")}
            </label>
            <input id="until" name="until" type="date" min={from} max={until} defaultValue={query.until} className={input(Boolean(verdicts.dates))} {...invalidProps(verdicts.dates, "dates")} />
          </div>
        </div>
      </Step>

      <Step n={5} id="step-people" legend={t("people.legend")} hint={t("people.hint", { max: round.peoplePerExchange })} verdict={verdicts.people}>
        <label htmlFor="people" className="block font-medium text-stone-900">
          {t("people.label")}
        </label>
        <input
          id="people"
          name="people"
          type="number"
          inputMode="numeric"
          min={1}
          max={round.peoplePerExchange}
          defaultValue={query.people ?? "1"}
          className={`${input(Boolean(verdicts.people))} max-w-32`}
          {...invalidProps(verdicts.people, "people")}
        />
      </Step>

      <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
        {t("check")}
      </button>
    </form>
  );
}
