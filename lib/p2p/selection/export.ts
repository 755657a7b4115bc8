import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Actor } from "@/lib/auth/user";
import { isoDate } from "@/lib/calendar";
import { rankingForStaff } from "@/lib/p2p/selection/queries";
import { slugify } from "@/lib/slugs";

// A round's ranking as CSV, for staff: every ranked application in the ranking's order with its
// reviewers' totals and z-scores, the flags, the grants and the decision. Statuses and codes as
// stored (an export carries data, not the interface's words); amounts in euros with two
// decimals; text a spreadsheet would run as a formula is prefixed with an apostrophe.

/** Far more than any round has had (Creative FLIP's busiest: 72). */
const EXPORT_MAX_ROWS = 5_000;

const COLUMNS = [
  "rank", "id", "applicant", "visiting_hub", "visiting_country", "host_hub", "host_country", "status", "decision", "mean_total",
  "reviews", "reviews_needed", "reviewer_totals", "disagreement", "grant_eur", "host_grant_eur", "total_grants_eur",
] as const;

const euros = (cents: number) => (cents / 100).toFixed(2);

/** The CSV text and its file name ("p2p-ranking-round-2-2027-01-31.csv"). Throws NotFoundError for anyone but staff. */
export async function rankingCsv(actor: Actor<"role"> | null, roundId: string, now = new Date()) {
  const { round, rows } = await rankingForStaff(actor, roundId, { page: 1, size: EXPORT_MAX_ROWS });
  const lines = rows.map((r) => ({
    rank: r.rank,
    id: r.id,
    applicant: r.applicant.name,
    visiting_hub: r.visitingHub.name,
    visiting_country: r.visitingHub.countryCode,
    host_hub: r.hostHub.name,
    host_country: r.hostHub.countryCode,
    status: r.status,
    decision: r.selection ?? "",
    mean_total: r.mean === null ? "" : r.mean.toFixed(2),
    reviews: r.reviews.length,
    reviews_needed: r.reviewsNeeded,
    // "Name: 72.5 (z 0.41); …": the z-score only for reviewers with three reviews or more.
    reviewer_totals: r.reviews.map((rv) => `${rv.reviewerName}: ${rv.total.toFixed(2)}${rv.z === null ? "" : ` (z ${rv.z.toFixed(2)})`}`).join("; "),
    disagreement: String(r.disagreement),
    grant_eur: euros(r.grantCents),
    host_grant_eur: euros(r.hostGrantCents),
    total_grants_eur: euros(r.totalGrantCents),
  }));
  const csv = stringify(lines, { header: true, columns: [...COLUMNS], escape_formulas: true });
  return { csv, filename: `p2p-ranking-${slugify(round.name, "round").slice(0, 40)}-${isoDate(now)}.csv`, rows: lines.length };
}
