import { useLocale, useTranslations } from "next-intl";
import { formatEuros } from "@/lib/money";
import type { Grant, Rates } from "@/lib/p2p/applications/grant";

/**
 * The grant worked out line by line: travel per person, the daily allowance for each day and
 * person, the round's cap when it cuts the sum, and the host's separate grant. The same sum the
 * server stores (lib/p2p/applications/grant.ts). `note`: the sentence under the sums, where a page says more
 * than the default (an application keeps the rates it was made under).
 */
export function GrantSummary({ rates, grant, days, people, note }: { rates: Rates; grant: Grant; days: number; people: number; note?: string }) {
  const t = useTranslations("p2pApply.grant");
  const locale = useLocale();
  const euros = (cents: number) => formatEuros(cents, locale);
  const row = (label: string, value: string, strong = false) => (
    <div className={`flex flex-wrap justify-between gap-x-4 py-2 ${strong ? "font-semibold text-stone-950" : ""}`}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
  return (
    <div>
      <dl className="divide-y divide-stone-200">
        {row(t("travel", { people, rate: euros(rates.travelRateCents) }), euros(grant.travelCents))}
        {row(t("allowance", { days, people, rate: euros(rates.dailyRateCents) }), euros(grant.allowanceCents))}
        {row(t("total"), euros(grant.grantCents), true)}
        {row(t("host"), euros(grant.hostGrantCents))}
      </dl>
      {grant.capped ? <p className="mt-2 text-sm text-stone-700">{t("capped", { max: euros(rates.maxGrantCents) })}</p> : null}
      <p className="mt-2 text-sm text-stone-700">{note ?? t("note")}</p>
    </div>
  );
}
