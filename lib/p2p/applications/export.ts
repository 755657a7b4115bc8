import "server-only";
import { stringify } from "csv-stringify/sync";
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { isoDate } from "@/lib/calendar";
import { isGreenTravel } from "@/lib/p2p/applications/answers";
import { STAFF_APPLICATION_ORDER, staffApplicationWhere, type StaffApplicationFilters } from "@/lib/p2p/applications/admin-queries";

// P2P applications as CSV, for staff: the rows the list shows with the same filters, each
// answer in its own column, statuses and codes as they are stored (an export carries data, not
// the interface's words), amounts in euros with two decimals. Text a spreadsheet would run as
// a formula (=, +, -, @) is prefixed with an apostrophe.

/** More than any round has had (Creative FLIP's busiest: 72); past it, narrow the filters. */
export const EXPORT_MAX_ROWS = 5_000;

const COLUMNS = [
  "id", "round", "status", "applicant", "applicant_email", "role", "visiting_hub", "visiting_country", "host_hub", "host_country",
  "starts_on", "ends_on", "people", "partner_name", "partner_role", "partner_email", "aim", "travel_mode", "green_travel",
  "travel_rate_eur", "daily_rate_eur", "grant_eur", "host_grant_eur", "accessibility_needs", "submitted_at", "created_at",
] as const;

const select = {
  id: true,
  status: true,
  role: true,
  startsOn: true,
  endsOn: true,
  people: true,
  partnerName: true,
  partnerRole: true,
  partnerEmail: true,
  aim: true,
  travelMode: true,
  accessibilityNeeds: true,
  travelRateCents: true,
  dailyRateCents: true,
  grantCents: true,
  hostGrantCents: true,
  submittedAt: true,
  createdAt: true,
  round: { select: { name: true } },
  applicant: { select: { name: true, email: true } },
  visitingHub: { select: { name: true, countryCode: true } },
  hostHub: { select: { name: true, countryCode: true } },
} satisfies Prisma.P2PApplicationSelect;

const euros = (cents: number) => (cents / 100).toFixed(2);

/** The CSV text, its file name ("p2p-applications-2027-01-31.csv") and its row count. Throws NotFoundError for anyone but staff. */
export async function applicationsCsv(actor: Actor<"role"> | null, filters: StaffApplicationFilters, now = new Date()) {
  assertStaff(actor);
  const applications = await db.p2PApplication.findMany({ where: staffApplicationWhere(filters), select, orderBy: STAFF_APPLICATION_ORDER, take: EXPORT_MAX_ROWS });
  const rows = applications.map((a) => ({
    id: a.id,
    round: a.round.name,
    status: a.status,
    applicant: a.applicant.name,
    applicant_email: a.applicant.email,
    role: a.role,
    visiting_hub: a.visitingHub.name,
    visiting_country: a.visitingHub.countryCode,
    host_hub: a.hostHub.name,
    host_country: a.hostHub.countryCode,
    starts_on: isoDate(a.startsOn),
    ends_on: isoDate(a.endsOn),
    people: a.people,
    partner_name: a.partnerName ?? "",
    partner_role: a.partnerRole ?? "",
    partner_email: a.partnerEmail ?? "",
    aim: a.aim ?? "",
    travel_mode: a.travelMode ?? "",
    // By train, bus or a shared car, as the scheme counts it; blank while the applicant has not said how.
    green_travel: a.travelMode ? String(isGreenTravel(a.travelMode)) : "",
    travel_rate_eur: euros(a.travelRateCents),
    daily_rate_eur: euros(a.dailyRateCents),
    grant_eur: euros(a.grantCents),
    host_grant_eur: euros(a.hostGrantCents),
    accessibility_needs: a.accessibilityNeeds ?? "",
    submitted_at: a.submittedAt?.toISOString() ?? "",
    created_at: a.createdAt.toISOString(),
  }));
  const csv = stringify(rows, { header: true, columns: [...COLUMNS], escape_formulas: true });
  return { csv, filename: `p2p-applications-${isoDate(now)}.csv`, rows: rows.length };
}
