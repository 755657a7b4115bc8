"use client";
// Try a round's rates: the grant for a stay of so many days and so many people, worked out by
// the same function the server uses when it stores an application's grant. Its words come
// from "p2p.calculator" (CALCULATOR_MESSAGES, passed by the page).
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { calculatorMaxDays, countWithin } from "@/components/p2p/public/calculator";
import { formatEuros } from "@/lib/money";
import { computeGrant, type Rates } from "@/lib/p2p/applications/grant";

function CountField({ label, hint, value, onChange, max, invalid, errorId }: { label: string; hint: string; value: string; onChange: (v: string) => void; max: number; invalid: boolean; errorId: string }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-stone-900">
        {label}
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
        {hint}
      </p>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        step={1}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={[`${id}-hint`, invalid ? errorId : ""].filter(Boolean).join(" ")}
        className={`mt-1 block w-32 rounded-md border bg-white px-3 py-2 text-base text-stone-900 ${invalid ? "border-red-700" : "border-stone-400"}`}
      />
    </div>
  );
}

function Line({ term, sum, amount }: { term: string; sum?: string; amount: string }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 border-b border-stone-200 py-2">
      <dt className="font-medium text-stone-900">
        {term}
        {sum ? <span className="block text-sm font-normal text-stone-600">{sum}</span> : null}
      </dt>
      <dd className="font-semibold text-stone-950 tabular-nums">{amount}</dd>
    </div>
  );
}

export function GrantCalculator({ rates, maxStayDays, peoplePerExchange }: { rates: Rates; maxStayDays: number | null; peoplePerExchange: number }) {
  const t = useTranslations("p2p.calculator");
  const locale = useLocale();
  const errorId = useId();
  const maxDays = calculatorMaxDays(maxStayDays);
  // The longest stay at first: what the round's figures add up to (ECHN's Round 2: EUR 1,175).
  const [daysText, setDaysText] = useState(String(maxStayDays ?? 1));
  const [peopleText, setPeopleText] = useState("1");
  const days = countWithin(daysText, maxDays);
  const people = countWithin(peopleText, peoplePerExchange);
  const grant = days !== null && people !== null ? computeGrant(rates, days, people) : null;
  const euros = (cents: number) => formatEuros(cents, locale);
  const error = days === null ? t("daysInvalid", { max: maxDays }) : people === null ? t("peopleInvalid", { max: peoplePerExchange }) : null;

  return (
    <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap gap-6">
        <CountField
          label={t("days")}
          hint={maxStayDays === null ? t("daysNoLimit") : t("daysHint", { max: maxStayDays })}
          value={daysText}
          onChange={setDaysText}
          max={maxDays}
          invalid={days === null}
          errorId={errorId}
        />
        {peoplePerExchange > 1 ? (
          <CountField
            label={t("people")}
            hint={t("peopleHint", { max: peoplePerExchange })}
            value={peopleText}
            onChange={setPeopleText}
            max={peoplePerExchange}
            invalid={people === null}
            errorId={errorId}
          />
        ) : (
          <p className="self-end text-stone-700">{t("onePerson")}</p>
        )}
      </div>

      {/* Read out as it changes: the sum in one sentence, or what to correct. */}
      <div aria-live="polite" aria-atomic="true" className="mt-5">
        {grant ? (
          <p className="font-semibold text-stone-950">
            {t("result", { days: days!, people: people!, grant: euros(grant.grantCents), hostGrant: euros(grant.hostGrantCents) })}
          </p>
        ) : (
          <p id={errorId} className="font-medium text-red-800">
            {error}
          </p>
        )}
      </div>

      {grant ? (
        <dl className="mt-3 max-w-xl">
          <Line term={t("travel")} sum={t("travelSum", { people: people!, rate: euros(rates.travelRateCents) })} amount={euros(grant.travelCents)} />
          <Line term={t("allowance")} sum={t("allowanceSum", { days: days!, people: people!, rate: euros(rates.dailyRateCents) })} amount={euros(grant.allowanceCents)} />
          <Line term={t("grant")} sum={grant.capped ? t("capped", { max: euros(rates.maxGrantCents) }) : undefined} amount={euros(grant.grantCents)} />
          <Line term={t("hostGrant")} amount={euros(grant.hostGrantCents)} />
        </dl>
      ) : null}
    </div>
  );
}
