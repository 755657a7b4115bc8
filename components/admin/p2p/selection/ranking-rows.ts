import { APPLICATION_STATUS_LABELS, exchangeName } from "@/components/admin/p2p/format";
import type { RankingTableRow } from "@/components/admin/p2p/selection/ranking-table";
import type { P2PRoundStatus } from "@/lib/generated/prisma/enums";
import { REVIEWABLE_STATUSES } from "@/lib/p2p/applications/workflow";
import type { RankingRow } from "@/lib/p2p/selection/queries";

/** A ranking row as the table shows it: plain data, which the client table renders. */
export function rankingTableRow(r: RankingRow, roundStatus: P2PRoundStatus): RankingTableRow {
  const deciding = roundStatus === "in_review" && (REVIEWABLE_STATUSES as readonly string[]).includes(r.status);
  return {
    id: r.id,
    rank: r.rank,
    exchange: exchangeName(r),
    applicant: r.applicant.name,
    mean: r.mean,
    reviews: r.reviews.map((rv) => ({ reviewerId: rv.reviewerId, name: rv.reviewerName, total: rv.total, z: rv.z })),
    reviewsNeeded: r.reviewsNeeded,
    disagreement: r.disagreement,
    grantCents: r.grantCents,
    hostGrantCents: r.hostGrantCents,
    action: deciding ? "decide" : roundStatus === "results_released" && r.status === "reserve" ? "promote" : "none",
    selection: r.selection ?? "cleared",
    statusLabel: APPLICATION_STATUS_LABELS[r.status],
  };
}
