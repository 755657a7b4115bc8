// How long the site keeps each kind of personal data, declared once: the retention job
// (lib/retention/commands.ts) deletes or clears by these periods, and the privacy notice
// prints them (components/privacy/retention-table.tsx words them in the reader's language),
// so the notice cannot say one thing while the code does another.

export type Period = { count: number; unit: "day" | "month" | "year" };

/** The moment a period counts from, for each kind (the column the job compares). */
export type Anchor = "created" | "sent" | "expired" | "window-started" | "decided" | "last-saved" | "event-ended";

export type Retention = { period: Period; from: Anchor; action: "delete" | "clear" };

const days = (count: number): Period => ({ count, unit: "day" });
const months = (count: number): Period => ({ count, unit: "month" });
const years = (count: number): Period => ({ count, unit: "year" });

export const RETENTION = {
  /** Email-confirmation and password-reset links: useless once expired (48 hours and 1 hour). */
  verificationTokens: { period: days(0), from: "expired", action: "delete" },
  /** A record per signed-in browser (so that signing out ends it): useless once its 30 days are over. */
  userSessions: { period: days(0), from: "expired", action: "delete" },
  /** Co-owner invitations (valid 14 days): a month more, so an old link still says "expired". */
  hubInvites: { period: days(30), from: "expired", action: "delete" },
  /** Rate-limit counters hold IP and email addresses; the longest window is a day (tests/unit/retention.test.ts). */
  rateLimitCounters: { period: days(1), from: "window-started", action: "delete" },
  /** Copies of sent emails, kept to see whether they were delivered; they quote relayed messages. */
  outboxEmails: { period: days(30), from: "created", action: "delete" },
  /** Messages from a hub page: the hub has them by email; we keep them to deal with abuse. */
  hubMessages: { period: days(90), from: "sent", action: "delete" },
  contactMessages: { period: months(12), from: "sent", action: "delete" },
  /** "This is my hub" requests once decided (pending ones stay until staff decide). */
  hubManagementRequests: { period: months(12), from: "decided", action: "delete" },
  /** Unfinished "add your hub" forms. */
  hubDrafts: { period: months(12), from: "last-saved", action: "delete" },
  /** Accounts whose address was never confirmed (they cannot sign in). */
  unconfirmedAccounts: { period: days(30), from: "created", action: "delete" },
  /** Accessibility or dietary needs in event applications: may reveal health (special category data). */
  applicationNeeds: { period: days(30), from: "event-ended", action: "clear" },
  /** Applications withdrawn, declined or whose offered seat lapsed. */
  unsuccessfulApplications: { period: days(90), from: "event-ended", action: "delete" },
  /** Every other application and registration. */
  applications: { period: years(2), from: "event-ended", action: "delete" },
  auditEvents: { period: years(2), from: "created", action: "delete" },
} as const satisfies Record<string, Retention>;

export type RetentionKind = keyof typeof RETENTION;

/** `now` moved back by `period`, in UTC calendar months and years (12 months before 31 March is 31 March). */
export function cutoff(now: Date, period: Period): Date {
  const d = new Date(now);
  if (period.unit === "day") d.setUTCDate(d.getUTCDate() - period.count);
  if (period.unit === "month") d.setUTCMonth(d.getUTCMonth() - period.count);
  if (period.unit === "year") d.setUTCFullYear(d.getUTCFullYear() - period.count);
  return d;
}

/**
 * The last day an event may have ended on (date-only, midnight UTC) for its data to be past
 * `period`: an event ends at the end of its last day, so that day must be before the cutoff's.
 */
export function eventsEndedBefore(now: Date, period: Period): Date {
  const c = cutoff(now, period);
  return new Date(Date.UTC(c.getUTCFullYear(), c.getUTCMonth(), c.getUTCDate()));
}
