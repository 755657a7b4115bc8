import { useLocale, useTranslations } from "next-intl";
import { formatEuros } from "@/lib/money";
import { calendarDay } from "@/lib/calendar";
import type { RoundForApplying } from "@/lib/p2p/rounds/queries";

/** "Central European Summer Time" (in `locale`): the zone's name on `day`, when the window closes. */
function zoneName(timeZone: string, day: Date, locale: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "long" }).formatToParts(calendarDay(day));
  return part.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-semibold text-stone-950">{term}</dt>
      <dd className="text-stone-800">{children}</dd>
    </div>
  );
}

/**
 * A round's dates and rates, each "not published" where the round gives none (a past round's
 * budget, or Round 1's rates): the current round and the past ones alike. A past round does not
 * say how many people an exchange paid for: the column always holds a number, and for Round 1
 * no source gives one.
 */
export function RoundFacts({ round, past = false }: { round: RoundForApplying; past?: boolean }) {
  const t = useTranslations("p2p.round");
  const locale = useLocale();
  const notPublished = <span className="text-stone-600">{t("notPublished")}</span>;
  const money = (cents: number | null) => (cents === null ? notPublished : formatEuros(cents, locale));
  const { opensOn, closesOn, exchangesFrom: from, exchangesUntil: until } = round;
  return (
    <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2">
      <Fact term={t("window")}>
        {opensOn && closesOn
          ? t("windowDates", { opensOn: calendarDay(opensOn), closesOn: calendarDay(closesOn), zone: t("zone", { name: zoneName(round.timeZone, closesOn, locale), id: round.timeZone }) })
          : notPublished}
      </Fact>
      <Fact term={t("period")}>
        {from && until && round.periodPrecision !== "unknown"
          ? t(round.periodPrecision === "month" ? "periodMonths" : "periodDays", { from: calendarDay(from), until: calendarDay(until) })
          : notPublished}
      </Fact>
      <Fact term={t("maxStay")}>{round.maxStayDays === null ? notPublished : t("days", { count: round.maxStayDays })}</Fact>
      {past ? null : <Fact term={t("people")}>{t("peopleCount", { count: round.peoplePerExchange })}</Fact>}
      <Fact term={t("travel")}>{money(round.travelRateCents)}</Fact>
      <Fact term={t("daily")}>{money(round.dailyRateCents)}</Fact>
      <Fact term={t("maxGrant")}>{money(round.maxGrantCents)}</Fact>
      <Fact term={t("hostGrant")}>{money(round.hostGrantCents)}</Fact>
      <Fact term={t("budget")}>{money(round.budgetCents)}</Fact>
    </dl>
  );
}
