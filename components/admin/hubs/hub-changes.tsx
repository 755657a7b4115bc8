// The hub's fields as the moderator last saw them beside their values now. Changed fields come
// first, marked with the word "Changed" (not by colour alone); unchanged ones fold away.
import { diffSnapshots, REVIEWED_FIELDS, type HubSnapshot } from "@/lib/hubs/rules";
import { FIELD_LABELS, HubValue } from "@/components/admin/hubs/hub-value";

const cell = "p-3 align-top [overflow-wrap:anywhere]";

function FieldList({ snapshot, fields }: { snapshot: HubSnapshot; fields: readonly (typeof REVIEWED_FIELDS)[number][] }) {
  return (
    <dl className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
      {fields.map((field) => (
        <div key={field} className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr] sm:gap-4">
          <dt className="font-medium">{FIELD_LABELS[field]}</dt>
          <dd className="[overflow-wrap:anywhere]">
            <HubValue field={field} value={snapshot[field]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function HubChanges({ reviewed, current }: { reviewed: HubSnapshot | null; current: HubSnapshot }) {
  if (!reviewed) {
    return (
      <>
        <p className="mb-3 text-stone-700">A first submission: no moderator has reviewed this hub before, so here is everything as the owners sent it.</p>
        <FieldList snapshot={current} fields={REVIEWED_FIELDS} />
      </>
    );
  }
  const changes = diffSnapshots(reviewed, current);
  const changed = new Set(changes.map((c) => c.field));
  const unchanged = REVIEWED_FIELDS.filter((f) => !changed.has(f));
  return (
    <>
      <p className="mb-3 text-stone-700">
        {changes.length === 0
          ? "Nothing changed since the last review."
          : `${changes.length} ${changes.length === 1 ? "field changed" : "fields changed"} since the last review.`}
      </p>
      {changes.length > 0 ? (
        <table className="w-full table-fixed border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Changed fields: as last reviewed, and now</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="p-3">As last reviewed</th>
              <th scope="col" className="p-3">Now</th>
            </tr>
          </thead>
          {/* One group per field, headed by its name, so the two values fit side by side even at 360 px. */}
          {changes.map(({ field, before, after }) => (
            <tbody key={field} className="border-b border-stone-200">
              <tr>
                <th scope="rowgroup" colSpan={2} className="bg-stone-100 px-3 py-2 font-semibold">
                  {FIELD_LABELS[field]}{" "}
                  <span className="ml-1 whitespace-nowrap rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950">Changed</span>
                </th>
              </tr>
              <tr>
                <td className={`${cell} text-stone-700`}>
                  <HubValue field={field} value={before} />
                </td>
                <td className={`${cell} border-l-4 border-amber-500 bg-amber-50`}>
                  <HubValue field={field} value={after} />
                </td>
              </tr>
            </tbody>
          ))}
        </table>
      ) : null}
      {unchanged.length > 0 ? (
        <details className="mt-4">
          <summary className="cursor-pointer font-medium">
            {unchanged.length} {unchanged.length === 1 ? "field" : "fields"} unchanged
          </summary>
          <div className="mt-3">
            <FieldList snapshot={current} fields={unchanged} />
          </div>
        </details>
      ) : null}
    </>
  );
}
