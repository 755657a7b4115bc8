// A round as applicants will read it: its summary and rules, its dates and rates, and "not
// published" wherever the round gives no value (a past round whose sources are silent).
import { day, euros, month, NOT_PUBLISHED, plural } from "@/components/admin/p2p/format";
import { Markdown } from "@/components/ui/markdown";
import { countryName } from "@/lib/countries";
import { computeGrant, roundRates } from "@/lib/p2p/applications/grant";
import type { StaffRound } from "@/lib/p2p/rounds/admin-queries";

const Missing = () => <span className="text-stone-600 italic">{NOT_PUBLISHED}</span>;

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-stone-200 py-3 sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-stone-900">{term}</dt>
      <dd className="text-stone-800 sm:col-span-2">{children}</dd>
    </div>
  );
}

const money = (cents: number | null, after = "") => (cents === null ? <Missing /> : `${euros(cents)}${after}`);

function period(round: StaffRound) {
  const { exchangesFrom: from, exchangesUntil: until } = round;
  if (!from || !until) return <Missing />;
  return round.periodPrecision === "month" ? `Between ${month(from)} and ${month(until)}` : `Between ${day(from)} and ${day(until)}`;
}

/** What the visiting hub receives for the longest stay: the sum applicants will see before submitting. */
function Example({ round }: { round: StaffRound }) {
  const rates = roundRates(round);
  if (!rates || round.maxStayDays === null) return <Missing />;
  const grant = computeGrant(rates, round.maxStayDays, round.peoplePerExchange);
  const people = plural(round.peoplePerExchange, "person", "people");
  return (
    <>
      {euros(grant.grantCents)} for {people} staying {plural(round.maxStayDays, "day", "days")}: {euros(grant.travelCents)} travel + {euros(grant.allowanceCents)} allowance
      {grant.capped ? `, capped at ${euros(rates.maxGrantCents)}` : ""}. The host receives {euros(grant.hostGrantCents)}.
    </>
  );
}

export function RoundPreview({ round }: { round: StaffRound }) {
  return (
    <article aria-labelledby="preview-title" className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6 [overflow-wrap:anywhere]">
      <h2 id="preview-title" className="text-2xl font-bold">{round.name}</h2>
      <div className="mt-3">
        <Markdown text={round.summary} />
      </div>
      <dl className="mt-6">
        <Fact term="Applications">
          {round.opensOn && round.closesOn ? `From ${day(round.opensOn)} to ${day(round.closesOn)} (${round.timeZone} time)` : <Missing />}
        </Fact>
        <Fact term="Exchanges">{period(round)}</Fact>
        <Fact term="Longest stay">{round.maxStayDays === null ? <Missing /> : plural(round.maxStayDays, "day", "days")}</Fact>
        <Fact term="People per exchange">{round.peoplePerExchange === 1 ? "One person" : `Up to ${round.peoplePerExchange} people`}</Fact>
        <Fact term="Travel">{money(round.travelRateCents, " per person")}</Fact>
        <Fact term="Daily allowance">{money(round.dailyRateCents, " per person and day")}</Fact>
        <Fact term="Largest grant per exchange">{money(round.maxGrantCents)}</Fact>
        <Fact term="Host's grant">{money(round.hostGrantCents)}</Fact>
        <Fact term="For the longest stay">
          <Example round={round} />
        </Fact>
        <Fact term="The round's budget">{money(round.budgetCents)}</Fact>
        <Fact term="Hosts answer within">{round.hostAnswerDays === null ? <Missing /> : plural(round.hostAnswerDays, "day", "days")}</Fact>
        <Fact term="Who may apply">{round.membershipRequired ? "Member hubs of the network (regular or associate)" : "Any hub published on the map"}</Fact>
        <Fact term="Countries">
          {round.countries.length ? (
            round.countries
              .map((code) => countryName(code, "en-GB"))
              .sort((a, b) => a.localeCompare(b, "en-GB"))
              .join(", ")
          ) : (
            <Missing />
          )}
        </Fact>
      </dl>
      <section aria-labelledby="preview-rules" className="mt-6">
        <h3 id="preview-rules" className="text-xl font-semibold">Rules</h3>
        <div className="mt-2">{round.rules.trim() ? <Markdown text={round.rules} /> : <p><Missing /></p>}</div>
      </section>
    </article>
  );
}
