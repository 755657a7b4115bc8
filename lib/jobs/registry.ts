import "server-only";
import { publishDueArticles } from "@/lib/articles/commands";
import { deliverOutbox } from "@/lib/email/outbox";
import { expireOffers } from "@/lib/events/applications/offers";
import { sendConfirmationReminders } from "@/lib/hubs/ownership/reminders";
import { lapseHostRequests } from "@/lib/p2p/agreement/lapse";
import { sendReportReminders } from "@/lib/p2p/reports/reminders";
import { checkResourceLinks } from "@/lib/resources/link-check";
import { purgeExpiredData } from "@/lib/retention/commands";
import type { PublicArea } from "@/lib/revalidate-channel";

/** What a run did, as counts: shown to staff, and any count above zero refreshes `refreshes`. */
export type JobSummary = Record<string, number>;

export type JobDefinition = {
  /** Milliseconds from one run's start to the next. */
  every: number;
  run: (now: Date) => Promise<JobSummary>;
  /** Public pages a run may change: every instance refreshes them when the run changed something. */
  refreshes?: readonly PublicArea[];
  /** How long a claim holds before another runner may take the job over (its runner is presumed dead). */
  lease?: number;
};

const MINUTE = 60_000;

// Every job the site runs, declared once; lib/jobs/runner.ts runs each when due on whichever
// instance claims it first. Each run must be safe to repeat: a run whose runner died is run again.
export const JOBS = {
  // Yearly "is your hub still true?" emails; a day late does no harm.
  "hub-confirmation-reminders": {
    every: 60 * MINUTE,
    run: async (now) => ({ reminded: await sendConfirmationReminders(now) }),
  },
  // A seat offer lapses on time (within five minutes), and the freed seat goes to the next
  // person waiting; the event page's seat count changes.
  "seat-offer-expiry": {
    every: 5 * MINUTE,
    run: async (now) => ({ lapsed: await expireOffers(now) }),
    refreshes: ["events"],
  },
  // A P2P host's time to answer is days; a request lapses within five minutes of its deadline,
  // and the applicant may then ask another host. No public page changes (places are taken on accepting).
  "p2p-host-request-lapse": {
    every: 5 * MINUTE,
    run: async (now) => ({ lapsed: await lapseHostRequests(now) }),
  },
  // A P2P report's reminders go on calendar days (the round's zone): an hour late does no harm,
  // and each reminder goes once (lib/p2p/reports/reminders.ts).
  "p2p-report-reminders": {
    every: 60 * MINUTE,
    run: async (now) => ({ reminded: await sendReportReminders(now) }),
  },
  // Data past its period in lib/retention/periods.ts; the periods are days to years.
  "data-retention": {
    every: 60 * MINUTE,
    run: (now) => purgeExpiredData(now),
  },
  // A scheduled article goes live within a minute of its time: due every 30 s, started within a
  // tick (20 s) of being due, whichever instances are up; every instance then refreshes its
  // cached news pages, feeds and home page.
  "article-publishing": {
    every: 30_000,
    run: async (now) => ({ published: await publishDueArticles(now) }),
    refreshes: ["stories"],
  },
  // Library links, each about once a week (lib/resources/link-check.ts): 50 an hour keeps up with
  // 8,000 resources. Staff read the broken ones; public pages do not change.
  "resource-links": {
    every: 60 * MINUTE,
    run: (now) => checkResourceLinks({ limit: 50, now }),
  },
  // Emails whose first attempt failed, once the SMTP server is back; nothing without SMTP_URL.
  "outbox-delivery": {
    every: MINUTE,
    run: async () => ({ sent: await deliverOutbox() }),
  },
} satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof JOBS;

export const isJobName = (name: string): name is JobName => Object.hasOwn(JOBS, name);
