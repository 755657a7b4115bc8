import { day } from "@/components/admin/p2p/format";
import { SuggestionDecisions } from "@/components/admin/tools/suggestion-decisions";
import type { StaffSuggestion } from "@/lib/resources/suggestions/queries";
import Link from "next/link";

// Members' suggestions as staff read them: what, where, why, from whom and when; the waiting
// ones with the two decisions, the decided ones with what became of them.

const STATUS = { pending: "Waiting", accepted: "Accepted", declined: "Declined" } as const;

function Suggestion({ s, open }: { s: StaffSuggestion; open: boolean }) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="text-lg font-semibold">{s.title}</h3>
      <p className="mt-1 break-all">
        <a href={s.url} rel="nofollow noopener noreferrer">{s.url}</a>
      </p>
      <p className="mt-2 whitespace-pre-line text-stone-800">{s.reason}</p>
      <p className="mt-2 text-sm text-stone-700">
        From {s.member.name} ({s.member.email}), {day(s.createdAt)}
        {open ? null : (
          <>
            {" "}
            · {STATUS[s.status]}
            {s.decidedAt ? ` ${day(s.decidedAt)}` : ""}
            {s.decidedBy ? ` by ${s.decidedBy.name}` : ""}
          </>
        )}
      </p>
      {s.status === "accepted" && s.resourceId ? (
        <p className="mt-2">
          <Link href={`/admin/tools/${s.resourceId}`}>The resource made from it</Link>
        </p>
      ) : null}
      {s.status === "declined" && s.message ? <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 whitespace-pre-line text-stone-800">{s.message}</blockquote> : null}
      {open ? (
        <div className="mt-3">
          <SuggestionDecisions suggestionId={s.id} title={s.title} />
        </div>
      ) : null}
    </li>
  );
}

export function SuggestionList({ suggestions, open }: { suggestions: StaffSuggestion[]; open: boolean }) {
  return (
    <ul className="mt-4 space-y-3">
      {suggestions.map((s) => (
        <Suggestion key={s.id} s={s} open={open} />
      ))}
    </ul>
  );
}
