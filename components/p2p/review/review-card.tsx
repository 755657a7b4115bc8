import { useTranslations } from "next-intl";

type Criterion = { id: string; name: string; labels: string[] };

/** One review as read back: each criterion's score with its label, the total and the comment. */
export function ReviewCard({ title, criteria, scores, total, comment, note }: { title: string; criteria: readonly Criterion[]; scores: Readonly<Record<string, number>>; total: number; comment: string; note?: string }) {
  const t = useTranslations("p2pReview.others");
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h3 className="text-lg font-semibold text-stone-950">{title}</h3>
      {note ? <p className="text-sm text-stone-700">{note}</p> : null}
      <dl className="mt-3 divide-y divide-stone-200">
        {criteria.map((c) => {
          const value = scores[c.id];
          return (
            <div key={c.id} className="flex flex-wrap justify-between gap-x-4 py-2">
              <dt>{c.name}</dt>
              <dd className="tabular-nums">{value === undefined ? "–" : t("score", { value, label: c.labels[value] ?? "" })}</dd>
            </div>
          );
        })}
      </dl>
      <p className="mt-3 font-semibold text-stone-950">{t("total", { total })}</p>
      <p className="mt-2 whitespace-pre-wrap break-words text-stone-800">{comment}</p>
    </article>
  );
}
