"use client";
// The staff round form, for a new round and for changes: every field with its error beside it
// and what was typed kept when the form comes back. A draft can be saved and published in one
// go; what publishing lacks shows beside each field.
import { useActionState } from "react";
import { FormGroup, SaveButtons } from "@/components/admin/form-parts";
import { Checkbox, ChoiceGroup } from "@/components/ui/choice-fields";
import { Field, FormMessage } from "@/components/ui/form";
import { DEFAULT_LOCALE } from "@/i18n/languages";
import { countryOptions } from "@/lib/countries";
import type { FormState } from "@/lib/form-state";
import { MAX_ROUND_RULES_CHARS, MAX_ROUND_SUMMARY_CHARS } from "@/lib/p2p/rounds/limits";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const PRECISIONS = [
  { value: "day", label: "The days are known" },
  { value: "month", label: "Only the months are known" },
];

const PEOPLE = [
  { value: "1", label: "One person (as in ECHN's rounds)" },
  { value: "2", label: "Up to two people" },
];

const MONEY_HINT = "In euros, like 350 or 350.50. Leave empty while it is not known: the public page says “not published”.";

type Props = {
  action: Action;
  initial: FormState;
  /** The round being edited, and its status (a published round is checked for what applicants need). */
  round?: { id: string; status: string };
};

export function RoundForm({ action, initial, round }: Props) {
  const [state, formAction] = useActionState(action, initial);
  const draft = !round || round.status === "draft";
  return (
    <form action={formAction} noValidate className="space-y-8">
      <FormMessage state={state} />
      {round ? (
        <>
          <input type="hidden" name="roundId" value={round.id} />
          <input type="hidden" name="status" value={round.status} />
        </>
      ) : null}
      {/* Remounted with each answer: React resets a form after its action, and checkboxes and
          radios take their kept values only as they mount. */}
      <div key={JSON.stringify(state.values ?? {})} className="space-y-8">
        <FormGroup legend="About the round">
          <Field name="name" label="Name" state={state} required maxLength={160} hint="Like “Round 3 (2027)”. The round's address follows its name until it is first published, then stays." />
          <Field name="summary" label="Summary" state={state} required multiline maxLength={MAX_ROUND_SUMMARY_CHARS} hint="What the round is for, in a few sentences. Markdown." />
          <Field
            name="rules"
            label="Rules"
            state={state}
            multiline
            maxLength={MAX_ROUND_RULES_CHARS}
            hint="Who may apply and how, what the grant covers, what is asked afterwards. Markdown: ## for a heading, - for a list item."
          />
        </FormGroup>

        <FormGroup legend="Applications">
          <div className="grid gap-5 sm:grid-cols-2">
            <Field name="opensOn" label="Applications open on" type="date" state={state} hint="From the start of this day." />
            <Field name="closesOn" label="Last day to apply" type="date" state={state} hint="Until the end of this day." />
          </div>
          <Field name="timeZone" label="Time zone of the window" state={state} required maxLength={60} hint="As the IANA database names it, like Europe/Brussels." />
          <Field name="hostAnswerDays" label="Days a host has to answer" type="number" state={state} hint="A request not answered in time lapses, and the applicant may ask another host. From 1 to 90." />
          <Checkbox name="membershipRequired" label="Only member hubs of the network may apply" hint="As in ECHN's rounds. Untick to open the round to every hub on the map." state={state} />
        </FormGroup>

        <FormGroup legend="Exchanges">
          <div className="grid gap-5 sm:grid-cols-2">
            <Field name="exchangesFrom" label="Exchanges from" type="date" state={state} hint="The first day a stay may start." />
            <Field name="exchangesUntil" label="Exchanges until" type="date" state={state} hint="The last day a stay may end." />
          </div>
          <ChoiceGroup name="periodPrecision" legend="How precise the period is" type="radio" options={PRECISIONS} state={state} required hint="When only the months are known, enter their first and last days: the public page names the months." />
          <Field name="maxStayDays" label="Longest stay, in days" type="number" state={state} hint="ECHN's rounds: 5 days. From 1 to 365." />
          <ChoiceGroup name="peoplePerExchange" legend="People per exchange" type="radio" options={PEOPLE} state={state} required />
        </FormGroup>

        <FormGroup legend="Grants">
          <p className="text-stone-700">
            The visiting hub receives travel × people + the daily allowance × days × people, up to the largest grant. The host&apos;s grant is separate. Applications keep the rates they were made with, whatever is changed here later.
          </p>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field name="travelRate" label="Travel, per person (€)" state={state} hint={MONEY_HINT} />
            <Field name="dailyRate" label="Daily allowance, per person (€)" state={state} hint={MONEY_HINT} />
            <Field name="maxGrant" label="Largest grant per exchange (€)" state={state} hint={MONEY_HINT} />
            <Field name="hostGrant" label="Host's grant (€)" state={state} hint="Toward the host's closing public event. Enter 0 if hosts receive none." />
          </div>
          <Field name="budget" label="The round's total budget (€)" state={state} hint={MONEY_HINT} />
        </FormGroup>

        <FormGroup legend="Countries">
          <ChoiceGroup
            name="countries"
            legend="Countries whose hubs may take part"
            type="checkbox"
            options={countryOptions(DEFAULT_LOCALE)}
            state={state}
            hint="Creative Europe's programme countries change: check the programme's own page. Hubs outside these countries cannot apply or host."
          />
          <Checkbox
            name="resetCountries"
            label="Reset to the current programme list"
            hint="Replaces the ticks above, when you save, with the 2021–2027 programme's countries (the EU 27, Albania, Bosnia and Herzegovina, Georgia, Kosovo, Montenegro, North Macedonia, Serbia and Ukraine)."
            state={state}
          />
        </FormGroup>
      </div>

      <SaveButtons save={round ? "Save changes" : "Save as draft"} publish={Boolean(round && draft)} primarySave={!draft} />
    </form>
  );
}
