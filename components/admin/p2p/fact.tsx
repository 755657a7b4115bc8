/** One fact of a staff record page: its name beside its value (below it on a phone), long text kept as written. */
export function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-stone-200 py-3 sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-stone-900">{term}</dt>
      <dd className="whitespace-pre-wrap text-stone-800 sm:col-span-2">{children}</dd>
    </div>
  );
}
