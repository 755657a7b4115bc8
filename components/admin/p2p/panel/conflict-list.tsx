import Link from "next/link";
import { day } from "@/components/admin/p2p/format";
import type { StaffConflict } from "@/lib/p2p/panel/queries";

/** Every conflict declared in the round: who, on which exchange, their reason, and who replaced them. */
export function ConflictList({ conflicts }: { conflicts: StaffConflict[] }) {
  if (conflicts.length === 0) return <p className="mt-4 rounded-md border border-stone-300 bg-white p-6">No reviewer has declared a conflict.</p>;
  return (
    <ul className="mt-4 space-y-3">
      {conflicts.map((c) => (
        <li key={c.id} className="rounded-xl border border-stone-200 bg-white p-4 [overflow-wrap:anywhere]">
          <p>
            <span className="font-semibold">{c.reviewer}</span> on{" "}
            <Link href={`/admin/p2p/applications/${c.application.id}`}>
              {c.application.visitingHub} → {c.application.hostHub}
            </Link>
            {c.declaredAt ? <span className="text-stone-600">, declared on {day(c.declaredAt)}</span> : null}
          </p>
          <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 whitespace-pre-line text-stone-800">{c.reason || <span className="italic">No reason given.</span>}</blockquote>
          <p className="mt-2 text-stone-700">
            {c.replacements.length
              ? `Replaced by ${c.replacements.map((r) => `${r.name} (${r.bySite ? "by the site" : "by staff"})`).join(", ")}.`
              : "Not replaced yet: the panel had nobody free of conflict. Add someone to the panel, then use “Assign for me”."}
          </p>
        </li>
      ))}
    </ul>
  );
}
