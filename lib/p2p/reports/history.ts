import "server-only";
// The report's round trips with staff, for the applicant's timeline: each sending and each
// request for changes (with staff's message), as the application's workflow audited them. The
// audit log is the one place that keeps every round trip; the report row keeps only the latest.
import { db } from "@/lib/db";
import type { ReportEvent } from "@/lib/p2p/applications/timeline";
import { SIGNED_STATUSES } from "@/lib/p2p/applications/workflow";

const EVENT_OF = { "p2p.application.report-submitted": "reportSent", "p2p.application.report-changes-requested": "changesAsked" } as const;

/** The report events of each of `applications` that got as far as a signed agreement, oldest first, in one read. */
export async function withReportEvents<A extends { id: string; status: string }>(applications: A[]): Promise<(A & { reportEvents: ReportEvent[] })[]> {
  const signed = applications.filter((a) => (SIGNED_STATUSES as readonly string[]).includes(a.status)).map((a) => a.id);
  const rows = signed.length
    ? await db.auditEvent.findMany({
        where: { targetType: "p2p-application", targetId: { in: signed }, action: { in: Object.keys(EVENT_OF) } },
        select: { targetId: true, action: true, createdAt: true, data: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    : [];
  const byApplication = new Map<string, ReportEvent[]>();
  for (const row of rows) {
    const data = row.data as { message?: unknown } | null;
    const event: ReportEvent = { code: EVENT_OF[row.action as keyof typeof EVENT_OF], at: row.createdAt, message: typeof data?.message === "string" ? data.message : null };
    const list = byApplication.get(row.targetId!) ?? [];
    list.push(event);
    byApplication.set(row.targetId!, list);
  }
  return applications.map((a) => ({ ...a, reportEvents: byApplication.get(a.id) ?? [] }));
}
