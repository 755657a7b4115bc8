// The notice a page shows after a redirect ("You have signed out."). The address carries a
// code, `?notice=<code>`, never words, so nobody can put text of their own on the page; the
// page shows the code's message in its language. Every code is listed here, under the page
// that shows it, with the catalogue key of its message (in the page's own namespace; staff
// pages in `staff`). Actions redirect to `withNotice(path, code)`; the page shows it with
// <PageNotice page=… /> (components/site/page-notice.tsx, read in the browser, so cached pages
// work too). A staff page whose notice counts something (emailed, decided) also reads the count
// from the address and renders the declared message itself, with that count.
// Client-safe.
import type { MessageKey } from "@/lib/message";

export const NOTICES = {
  /** The home page, where signing out and deleting an account lead (lib/auth/actions.ts). */
  home: {
    "signed-out": "home.notices.signedOut",
    "account-deleted": "home.notices.accountDeleted",
  },
  /** /sign-in, after confirming an email address or choosing a new password (lib/auth/actions.ts). */
  signIn: {
    "email-confirmed": "auth.signIn.verified",
    "password-reset": "auth.signIn.reset",
  },
  /** /account (lib/auth/actions.ts, lib/users/actions.ts). */
  account: {
    "password-changed": "account.notices.passwordChanged",
    "language-saved": "account.notices.languageSaved",
  },
  /** /account/applications, after each change to one's own application (lib/events/applications/actions.ts). */
  accountApplications: {
    pending: "eventApplications.mine.notices.pending",
    registered: "eventApplications.mine.notices.registered",
    waitlisted: "eventApplications.mine.notices.waitlisted",
    updated: "eventApplications.mine.notices.updated",
    withdrawn: "eventApplications.mine.notices.withdrawn",
    "seat-taken": "eventApplications.mine.notices.seatTaken",
    "seat-released": "eventApplications.mine.notices.seatReleased",
  },
  /** /account/p2p/applications/[id], after each change to one's own P2P application (lib/p2p/applications/actions.ts). */
  accountP2PApplication: {
    started: "p2pAccount.notices.started",
    saved: "p2pAccount.notices.saved",
    sent: "p2pAccount.notices.sent",
    "sent-again": "p2pAccount.notices.sentAgain",
    withdrawn: "p2pAccount.notices.withdrawn",
    signed: "p2pAccount.notices.signed",
    "report-saved": "p2pAccount.notices.reportSaved",
    "report-sent": "p2pAccount.notices.reportSent",
    "photo-added": "p2pAccount.notices.photoAdded",
    "photo-removed": "p2pAccount.notices.photoRemoved",
  },
  /** /account/hubs, after an action that changed the list (lib/hubs/ownership/actions.ts). */
  accountHubs: {
    joined: "hubManagement.ownHubs.notices.joined",
    "already-owner": "hubManagement.ownHubs.notices.alreadyOwner",
    "invite-revoked": "hubManagement.ownHubs.notices.inviteRevoked",
    "owner-removed": "hubManagement.ownHubs.notices.ownerRemoved",
    left: "hubManagement.ownHubs.notices.left",
    archived: "hubManagement.ownHubs.notices.archived",
    unarchived: "hubManagement.ownHubs.notices.unarchived",
    "draft-deleted": "hubManagement.ownHubs.notices.draftDeleted",
  },
  /** /account/p2p/hosting, after opening a hub to hosting, changing its offer or stopping (lib/p2p/hosts/actions.ts). */
  accountP2PHosting: {
    opened: "p2pHosting.notices.opened",
    updated: "p2pHosting.notices.updated",
    stopped: "p2pHosting.notices.stopped",
  },
  /** /account/p2p/requests/[id], after the host's answer (lib/p2p/agreement/actions.ts). */
  hostRequest: {
    accepted: "p2pHostRequests.notices.accepted",
    declined: "p2pHostRequests.notices.declined",
    "note-saved": "p2pHostRequests.notices.noteSaved",
  },
  /** /review, the reviewer's queue, after a declared conflict or the last review of "save and next" (lib/p2p/reviews/actions.ts). */
  review: {
    "conflict-declared": "p2pReview.notices.conflictDeclared",
    "all-reviewed": "p2pReview.notices.allReviewed",
  },
  /** /review/[assignmentId], after saving a review (lib/p2p/reviews/actions.ts). */
  reviewAssignment: {
    saved: "p2pReview.notices.saved",
    "saved-next": "p2pReview.notices.savedNext",
    changed: "p2pReview.notices.changed",
    unchanged: "p2pReview.notices.unchanged",
  },
  /** /admin/hubs, the moderation queue, after a decision on a request to manage a hub (lib/hubs/moderation/actions.ts). */
  adminHubs: {
    "manager-approved": "staff.notices.hubs.managerApproved",
    "manager-declined": "staff.notices.hubs.managerDeclined",
  },
  /** /admin/hubs/[id], after a decision on the hub or on a request to manage it (lib/hubs/moderation/actions.ts). */
  adminHub: {
    approved: "staff.notices.hubs.approved",
    "changes-requested": "staff.notices.hubs.changesRequested",
    rejected: "staff.notices.hubs.rejected",
    archived: "staff.notices.hubs.archived",
    "manager-approved": "staff.notices.hubs.managerApproved",
    "manager-declined": "staff.notices.hubs.managerDeclined",
  },
  /**
   * /admin/events/[id]/edit, after saving the event or changing its status (lib/events/actions.ts).
   * After a cancellation the address also carries `emailed`, the number of applicants told
   * (staff.notices.event.emailed).
   */
  adminEvent: {
    created: "staff.notices.event.created",
    saved: "staff.notices.event.saved",
    unchanged: "staff.notices.event.unchanged",
    published: "staff.notices.event.published",
    unpublished: "staff.notices.event.unpublished",
    cancelled: "staff.notices.event.cancelled",
  },
  /**
   * /admin/events/[id]/applications, after a decision on applications (lib/events/review/actions.ts).
   * The address also carries `n`, the number of applications decided (the messages' `count`),
   * and `offered`, the seats then offered to the waiting list (staff.notices.applications.offered).
   */
  adminEventApplications: {
    accepted: "staff.notices.applications.accepted",
    declined: "staff.notices.applications.declined",
    waitlisted: "staff.notices.applications.waitlisted",
  },
  /** /admin/p2p/rounds/[id], after saving the round or moving it to another state (lib/p2p/rounds/actions.ts). */
  adminP2PRound: {
    created: "staff.notices.p2pRound.created",
    saved: "staff.notices.p2pRound.saved",
    unchanged: "staff.notices.p2pRound.unchanged",
    published: "staff.notices.p2pRound.published",
    unpublished: "staff.notices.p2pRound.unpublished",
    "review-started": "staff.notices.p2pRound.reviewStarted",
    "results-released": "staff.notices.p2pRound.resultsReleased",
    closed: "staff.notices.p2pRound.closed",
  },
  /** /admin/p2p/rounds/[id]/panel, after a change to the round's panel (lib/p2p/panel/actions.ts). */
  adminP2PPanel: {
    "rubric-saved": "staff.notices.p2pPanel.rubricSaved",
    "reviews-needed-saved": "staff.notices.p2pPanel.reviewsNeededSaved",
    unchanged: "staff.notices.p2pPanel.unchanged",
    "reviewer-added": "staff.notices.p2pPanel.reviewerAdded",
    "reviewer-removed": "staff.notices.p2pPanel.reviewerRemoved",
    assigned: "staff.notices.p2pPanel.assigned",
    unassigned: "staff.notices.p2pPanel.unassigned",
    "panel-closed": "staff.notices.p2pPanel.closed",
  },
  /** /admin/p2p/applications/[id], after a decision on the report or the payment (lib/p2p/reports/actions.ts, lib/p2p/grant/actions.ts). */
  adminP2PApplication: {
    "report-approved": "staff.notices.p2pReport.approved",
    "changes-requested": "staff.notices.p2pReport.changesRequested",
    paid: "staff.notices.p2pReport.paid",
  },
  /** /admin/p2p/stories/[id], after saving the story or moving it to another state (lib/p2p/stories/actions.ts). */
  adminP2PStory: {
    saved: "staff.notices.p2pStory.saved",
    unchanged: "staff.notices.p2pStory.unchanged",
    published: "staff.notices.p2pStory.published",
    unpublished: "staff.notices.p2pStory.unpublished",
    archived: "staff.notices.p2pStory.archived",
    scheduled: "staff.notices.article.scheduled",
    unscheduled: "staff.notices.article.unscheduled",
    restored: "staff.notices.article.restored",
  },
  /** /account/stories/[id], after a member starts, saves or sends their story (lib/news/contributions/actions.ts). */
  accountStory: {
    started: "news.contribute.notices.started",
    saved: "news.contribute.notices.saved",
    unchanged: "news.contribute.notices.unchanged",
    submitted: "news.contribute.notices.submitted",
  },
  /** /admin/news/[id], after creating, saving or moving an article (lib/news/actions.ts, lib/articles/actions.ts). */
  adminArticle: {
    created: "staff.notices.article.created",
    saved: "staff.notices.article.saved",
    unchanged: "staff.notices.p2pStory.unchanged",
    published: "staff.notices.article.published",
    unpublished: "staff.notices.article.unpublished",
    archived: "staff.notices.article.archived",
    scheduled: "staff.notices.article.scheduled",
    unscheduled: "staff.notices.article.unscheduled",
    restored: "staff.notices.article.restored",
    returned: "staff.notices.article.returned",
  },
  /** /admin/tools/[id], after creating, saving, moving a resource or uploading its file (lib/resources/actions.ts, app/api/admin/resources/[id]/file). */
  adminResource: {
    created: "staff.notices.resource.created",
    saved: "staff.notices.resource.saved",
    unchanged: "staff.notices.resource.unchanged",
    published: "staff.notices.resource.published",
    unpublished: "staff.notices.resource.unpublished",
    archived: "staff.notices.resource.archived",
    "file-uploaded": "staff.notices.resource.fileUploaded",
  },
  /** /admin/p2p/members, after a change of membership or a decision on a request (lib/p2p/membership/actions.ts). */
  adminP2PMembers: {
    set: "staff.notices.p2pMembers.set",
    ended: "staff.notices.p2pMembers.ended",
    accepted: "staff.notices.p2pMembers.accepted",
    declined: "staff.notices.p2pMembers.declined",
  },
  /** /account/suggestions, after a member suggests a resource for the library (lib/resources/suggestions/actions.ts). */
  accountSuggestions: {
    sent: "toolSuggestions.mine.notices.sent",
  },
  /** /admin/tools/suggestions, after staff decline a suggestion (lib/resources/suggestions/actions.ts). */
  adminResourceSuggestions: {
    declined: "staff.notices.resourceSuggestion.declined",
  },
  /** /account/p2p/membership, after asking to join the network (lib/p2p/membership/actions.ts). */
  accountP2PMembership: {
    requested: "p2pMembership.notices.requested",
  },
} as const satisfies Record<string, Record<string, MessageKey>>;

export type NoticePage = keyof typeof NOTICES;
/** The codes of page P; of any page by default. */
export type NoticeCode<P extends NoticePage = NoticePage> = P extends NoticePage ? keyof (typeof NOTICES)[P] & string : never;

/** The query parameter that carries the code. */
export const NOTICE_PARAM = "notice";

/**
 * `path` with a notice in its address: ("/", "signed-out") → "/?notice=signed-out". Keeps the
 * path's own query, and its fragment last, where the browser looks for it ("/a#report" → "/a?notice=…#report").
 */
export function withNotice(path: string, code: NoticeCode): string {
  const hash = path.indexOf("#");
  const fragment = hash < 0 ? "" : path.slice(hash);
  const rest = hash < 0 ? path : path.slice(0, hash);
  const at = rest.indexOf("?");
  const query = new URLSearchParams(at < 0 ? "" : rest.slice(at + 1));
  query.set(NOTICE_PARAM, code);
  return `${at < 0 ? rest : rest.slice(0, at)}?${query}${fragment}`;
}

/** The message of the notice in the address (the parameter's value), when `page` shows that code; else null. */
export function noticeMessage(page: NoticePage, value: string | string[] | null | undefined): MessageKey | null {
  const notices: Readonly<Record<string, MessageKey>> = NOTICES[page];
  return typeof value === "string" && Object.hasOwn(notices, value) ? notices[value]! : null;
}

/** The catalogue keys of a page's notices: what its notice component sends to the browser. */
export const noticeMessages = (page: NoticePage): MessageKey[] => Object.values(NOTICES[page]);
