import { euros, plural } from "@/components/admin/p2p/format";
import type { DecisionCounts } from "@/lib/p2p/selection/queries";
import { budgetLeft } from "@/lib/p2p/selection/rules";

/** The committed grants (visiting + host, of the selected applications) against the budget, as words and a bar, and the decisions so far. */
export function BudgetSummary({ budgetCents, committedCents, counts }: { budgetCents: number | null; committedCents: number; counts: DecisionCounts }) {
  const share = budgetCents ? Math.min(100, Math.round((committedCents / budgetCents) * 100)) : 0;
  return (
    <section aria-labelledby="budget-heading" className="mt-6 max-w-3xl rounded-xl border border-stone-300 bg-white p-4">
      <h2 id="budget-heading" className="text-xl font-bold">Budget</h2>
      {budgetCents === null ? (
        <p className="mt-2 text-stone-800">This round has no budget yet: enter it on the round&apos;s Edit tab before selecting anyone.</p>
      ) : (
        <>
          <p className="mt-2 text-stone-800">
            <span className="font-semibold">{euros(committedCents)}</span> in selected grants (visiting and host) of {euros(budgetCents)} ({share} %); {euros(budgetLeft(budgetCents, committedCents))} left.
          </p>
          <div aria-hidden="true" className="mt-2 h-3 w-full overflow-hidden rounded-full bg-stone-200">
            <div className="h-full bg-brand-700" style={{ width: `${share}%` }} />
          </div>
        </>
      )}
      <p className="mt-3 text-stone-800">
        {plural(counts.selected, "selected", "selected")}, {plural(counts.reserve, "on the reserve list", "on the reserve list")}, {plural(counts.not_selected, "not selected", "not selected")},{" "}
        <span className={counts.undecided ? "font-semibold text-amber-900" : undefined}>{plural(counts.undecided, "undecided", "undecided")}</span>.
      </p>
    </section>
  );
}
