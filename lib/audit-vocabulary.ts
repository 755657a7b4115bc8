// What the audit log records: every action and every kind of record, as codes. recordAudit
// takes only these, so a typo fails the build, and the audit page has words for each.
// Client-safe.

export const AUDIT_ACTIONS = [
  "user.signed-up",
  "user.email-verified",
  "user.password-reset",
  "user.password-changed",
  "user.profile-updated",
  "user.deleted",
  "user.role-changed",
  "contact.handled",
  "contact.reopened",
  "event.created",
  "event.updated",
  "event.published",
  "event.unpublished",
  "event.cancelled",
  "event.application.submitted",
  "event.registration.submitted",
  "event.application.updated",
  "event.application.withdrawn",
  "event.application.accepted",
  "event.application.declined",
  "event.application.waitlisted",
  "event.application.offered",
  "event.application.offer-accepted",
  "event.application.offer-declined",
  "event.application.offer-lapsed",
  "hub.submitted",
  "hub.updated",
  "hub.resubmitted",
  "hub.approved",
  "hub.changes-requested",
  "hub.rejected",
  "hub.archived",
  "hub.unarchived",
  "hub.confirmed",
  "hub.management-requested",
  "hub.manager-approved",
  "hub.manager-declined",
  "hub.invite-sent",
  "hub.invite-revoked",
  "hub.owner-added",
  "hub.owner-removed",
  "job.run-requested",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

/** The kinds of record an audit row is about (its targetType). */
export const AUDIT_TARGETS = ["user", "hub", "event", "EventApplication", "contact-message", "job"] as const;

export type AuditTarget = (typeof AUDIT_TARGETS)[number];
