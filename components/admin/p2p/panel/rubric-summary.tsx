import { SCALE } from "@/lib/p2p/reviews/rubric";

type Criterion = { name: string; description: string; weight: number; labels: string[] };

const share = (weight: number, total: number) => `${Math.round((weight / total) * 100)} %`;

/** The round's rubric as reviewers score it: each criterion, its share of the total, and what each score means. */
export function RubricSummary({ criteria }: { criteria: readonly Criterion[] }) {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return (
    <ol className="mt-4 space-y-3">
      {criteria.map((c, i) => (
        <li key={i} className="rounded-xl border border-stone-200 bg-white p-4 [overflow-wrap:anywhere]">
          <p>
            <span className="font-semibold">{c.name}</span>
            <span className="text-stone-700"> · weight {c.weight}, {share(c.weight, total)} of the total</span>
          </p>
          {c.description ? <p className="mt-1 text-stone-700">{c.description}</p> : null}
          <p className="mt-2 text-sm text-stone-700">
            {SCALE.map((v) => `${v} ${c.labels[v] ?? ""}`).join(" · ")}
          </p>
        </li>
      ))}
    </ol>
  );
}
