import { formatTimestamp } from "@/lib/timestamps";

const ACTION_LABELS: Record<string, string> = {
  "hub.approved": "Approved and published",
  "hub.changes-requested": "Changes requested",
  "hub.rejected": "Rejected",
  "hub.archived": "Archived",
  "hub.manager-approved": "Request to manage approved",
  "hub.manager-declined": "Request to manage declined",
};

type AuditRow = { id: string; action: string; data: unknown; createdAt: Date; actor: { name: string; email: string } | null };

const messageOf = (data: unknown) => {
  const m = (data as { message?: unknown } | null)?.message;
  return typeof m === "string" && m ? m : null;
};

/** Everything recorded about the hub in the audit log, newest first. */
export function HubHistory({ events }: { events: AuditRow[] }) {
  if (events.length === 0) return <p className="text-stone-700">Nothing recorded about this hub yet.</p>;
  return (
    <ol className="space-y-3">
      {events.map((e) => {
        const message = messageOf(e.data);
        return (
          <li key={e.id} className="rounded-lg border border-stone-200 bg-white p-3 [overflow-wrap:anywhere]">
            <p>
              <strong>{ACTION_LABELS[e.action] ?? e.action}</strong> · {formatTimestamp(e.createdAt)} ·{" "}
              {e.actor ? `${e.actor.name} (${e.actor.email})` : "an account since deleted, or the system"}
            </p>
            {message ? <p className="mt-1 whitespace-pre-wrap text-stone-800">“{message}”</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
