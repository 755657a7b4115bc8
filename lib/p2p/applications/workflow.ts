// A P2P application's life as a workflow (lib/workflow): the applicant submits, the host's
// owners accept or decline, the site lets an unanswered request lapse, the applicant asks
// another host after a decline or a lapse, or withdraws. Then (part 2) staff release the
// panel's results (the pending `selection` becomes the status), the applicant signs the grant
// agreement and sends the report, staff ask for changes or approve it, and record the payment.
// Pure: pages offer only what the table allows, and the commands refuse the rest with the
// same reason.
import { P2PApplicationStatus, type P2PRoundStatus } from "@/lib/generated/prisma/enums";
import { msg, type Msg } from "@/lib/message";
import { canTake, type Workflow } from "@/lib/workflow/transitions";

export const APPLICATION_DECISIONS = [
  "submit",
  "accept",
  "decline",
  "lapse",
  "rehost",
  "withdraw",
  "releaseSelected",
  "releaseReserve",
  "releaseNotSelected",
  "promote",
  "sign",
  "submitReport",
  "requestChanges",
  "approveReport",
  "recordPayment",
] as const;
export type ApplicationDecision = (typeof APPLICATION_DECISIONS)[number];

export const APPLICATION_WORKFLOW: Workflow<P2PApplicationStatus, ApplicationDecision> = {
  target: "p2p-application",
  refusal: "p2pApply.workflow.cannot",
  transitions: {
    submit: { from: ["draft"], to: "submitted", by: "party", audit: "p2p.application.submitted", message: "none", emails: true },
    // The host's note: the dates that suit, what they will offer.
    accept: { from: ["submitted"], to: "host_accepted", by: "host", audit: "p2p.application.host-accepted", message: "optional", emails: true },
    decline: { from: ["submitted"], to: "host_declined", by: "host", audit: "p2p.application.host-declined", message: "required", emails: true },
    lapse: { from: ["submitted"], to: "host_lapsed", by: "system", audit: "p2p.application.host-lapsed", message: "none", emails: true },
    // After a decline or a lapse, while the window is open: the same application, another host.
    rehost: { from: ["host_declined", "host_lapsed"], to: "submitted", by: "party", audit: "p2p.application.rehosted", message: "none", emails: true },
    // After the results, a selected applicant may still decline the grant before signing (its
    // grants go back to the budget, for a reserve to take), and a reserve may step aside.
    withdraw: {
      from: ["draft", "submitted", "host_accepted", "host_declined", "host_lapsed", "selected", "reserve"],
      to: "withdrawn",
      by: "party",
      audit: "p2p.application.withdrawn",
      message: "none",
      emails: true,
    },
    // Releasing a round's results (lib/p2p/selection): each reviewed application takes its
    // pending selection; the release sends all the emails at once.
    releaseSelected: { from: ["host_accepted"], to: "selected", by: "staff", audit: "p2p.application.selected", message: "none", emails: true },
    releaseReserve: { from: ["host_accepted"], to: "reserve", by: "staff", audit: "p2p.application.reserved", message: "none", emails: true },
    releaseNotSelected: { from: ["host_accepted"], to: "not_selected", by: "staff", audit: "p2p.application.not-selected", message: "none", emails: true },
    // After the release, a reserve takes a place the budget has room for (a selected one withdrew).
    promote: { from: ["reserve"], to: "selected", by: "staff", audit: "p2p.application.promoted", message: "none", emails: true },
    sign: { from: ["selected"], to: "agreement_signed", by: "party", audit: "p2p.application.agreement-signed", message: "none", emails: true },
    submitReport: {
      from: ["agreement_signed", "report_changes_requested"],
      to: "report_submitted",
      by: "party",
      audit: "p2p.application.report-submitted",
      message: "none",
      emails: true,
    },
    requestChanges: { from: ["report_submitted"], to: "report_changes_requested", by: "staff", audit: "p2p.application.report-changes-requested", message: "required", emails: true },
    // Approving drafts the P2P story (lib/p2p/stories).
    approveReport: { from: ["report_submitted"], to: "report_approved", by: "staff", audit: "p2p.application.report-approved", message: "optional", emails: true },
    recordPayment: { from: ["report_approved"], to: "paid", by: "staff", audit: "p2p.application.paid", message: "none", emails: true },
  },
};

/** Statuses a panel reviews: the host agreed. */
export const REVIEWABLE_STATUSES = ["host_accepted"] as const satisfies readonly P2PApplicationStatus[];

/** Statuses after the agreement is signed, when the exchange takes place and is reported. */
export const SIGNED_STATUSES = ["agreement_signed", "report_submitted", "report_changes_requested", "report_approved", "paid"] as const satisfies readonly P2PApplicationStatus[];

/** Statuses that end an application and free its applicant to apply again in the round: the partial unique index's list. */
const ENDED_APPLICATION_STATUSES: readonly P2PApplicationStatus[] = ["withdrawn", "host_declined", "host_lapsed"];

/**
 * Statuses that count as the person's one application in a round: every other one, as the
 * database counts them (a selected or a paid application is still the person's one).
 */
export const LIVE_APPLICATION_STATUSES = Object.values(P2PApplicationStatus).filter((s) => !ENDED_APPLICATION_STATUSES.includes(s));

/** The applicant may change the answers until the host answers. */
export const EDITABLE_STATUSES = ["draft", "submitted"] as const satisfies readonly P2PApplicationStatus[];
export const isEditable = (status: P2PApplicationStatus) => (EDITABLE_STATUSES as readonly string[]).includes(status);

/** Round statuses after which the applicant can no longer withdraw: withdrawing is allowed until results are released. */
const NO_WITHDRAW_ROUND_STATUSES = ["results_released", "closed"] as const satisfies readonly P2PRoundStatus[];

/** Statuses the results gave, from which the applicant may still step aside (declining the grant, or the reserve place). */
const WITHDRAWABLE_AFTER_RESULTS = ["selected", "reserve"] as const satisfies readonly P2PApplicationStatus[];

/** Statuses whose host's place is taken: withdrawing one frees it. */
export const HOLDS_HOST_PLACE = ["host_accepted", "selected", "reserve"] as const satisfies readonly P2PApplicationStatus[];

/** Why the applicant cannot withdraw now, or null when they can: the page offers the link only when the command would take it. */
export function withdrawRefusal(status: P2PApplicationStatus, roundStatus: P2PRoundStatus): Msg | null {
  const check = canTake(APPLICATION_WORKFLOW, "withdraw", status);
  if (!check.allowed) return check.reason;
  const afterResults = (NO_WITHDRAW_ROUND_STATUSES as readonly string[]).includes(roundStatus);
  if (afterResults && !(WITHDRAWABLE_AFTER_RESULTS as readonly string[]).includes(status)) return msg("p2pApply.errors.withdrawAfterResults");
  return null;
}
