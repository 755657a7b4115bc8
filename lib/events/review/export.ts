import "server-only";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/user";
import { getEventForStaff } from "@/lib/events/admin-queries";
import { applicationWhere, reviewApplicationSelect, type ApplicationFilters, type ReviewApplication } from "@/lib/events/review/queries";

// An event's applicants as CSV, for staff: the rows the review page shows with the same
// filters, every answer in its own column, the status as its code (an export carries data,
// not the interface's words). Text a spreadsheet would run as a formula
// (=, +, -, @) is prefixed with an apostrophe.

const APPLICANT_COLUMNS = [
  "name", "email", "status", "role", "hub", "bring", "take_away", "needs", "applied_at", "decided_at", "decision_message",
] as const;

const row = (a: ReviewApplication) => ({
  name: a.user.name,
  email: a.user.email,
  status: a.status,
  role: a.role,
  hub: a.hub?.name ?? a.hubName ?? "",
  bring: a.bring,
  take_away: a.takeAway,
  needs: a.needs ?? "",
  applied_at: a.createdAt.toISOString(),
  decided_at: a.decidedAt?.toISOString() ?? "",
  decision_message: a.decisionMessage ?? "",
});

/** The CSV text and a file name ("applicants-<slug>-2027-01-31.csv"). Throws NotFoundError for anyone but staff. */
export async function applicantsCsv(actor: Pick<CurrentUser, "role"> | null, eventId: string, filters: ApplicationFilters, now = new Date()) {
  const event = await getEventForStaff(actor, eventId);
  // An event takes at most a few hundred applications: one read is enough.
  const applications = await db.eventApplication.findMany({
    where: applicationWhere(event.id, filters),
    select: reviewApplicationSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const csv = stringify(applications.map(row), { header: true, columns: [...APPLICANT_COLUMNS], escape_formulas: true });
  return { csv, filename: `applicants-${event.slug}-${now.toISOString().slice(0, 10)}.csv` };
}
