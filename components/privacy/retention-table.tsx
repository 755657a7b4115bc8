import { describePeriod, RETENTION, type Anchor, type Retention, type RetentionKind } from "@/lib/retention/periods";

// The privacy notice's "how long we keep it" table, built from the declaration the retention
// job (lib/retention/commands.ts) deletes by: change a period there and both change.

const WHAT: Record<RetentionKind, string> = {
  verificationTokens: "Links to confirm your email address or reset your password",
  userSessions: "A record of each browser you are signed in on (so that signing out ends it)",
  hubInvites: "Invitations to manage a hub with its owners",
  rateLimitCounters: "Counters of recent attempts, by IP address and email address (protection against abuse)",
  outboxEmails: "Copies of the emails the site sends",
  hubMessages: "Messages sent to a hub through its page",
  contactMessages: "Messages sent through the contact form",
  hubManagementRequests: "Requests to manage a hub, once decided",
  hubDrafts: "Unfinished hubs saved as drafts",
  unconfirmedAccounts: "Accounts whose email address was never confirmed",
  applicationNeeds: "Accessibility or dietary needs in event applications",
  unsuccessfulApplications: "Event applications withdrawn, declined, or whose offered seat was not taken",
  applications: "All other event applications and registrations",
  auditEvents: "The audit log of important actions",
};

const FROM: Record<Anchor, string> = {
  created: "after it was created",
  sent: "after it was sent",
  expired: "after it expires",
  "window-started": "after counting started",
  decided: "after the decision",
  "last-saved": "after it was last saved",
  "event-ended": "after the event ends",
};

export type RetentionRow = { kind: RetentionKind; what: string; when: string };

/** One row per kind of data: what it is, and when the job deletes (or clears) it. */
export function retentionRows(retention: Record<RetentionKind, Retention> = RETENTION): RetentionRow[] {
  return (Object.keys(retention) as RetentionKind[]).map((kind) => {
    const { period, from, action } = retention[kind];
    const verb = action === "clear" ? "Removed" : "Deleted";
    const when = period.count === 0 ? `${verb} as soon as it expires` : `${verb} ${describePeriod(period)} ${FROM[from]}`;
    return { kind, what: WHAT[kind], when };
  });
}

export function RetentionTable() {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">How long we keep each kind of data</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-3">Data</th>
            <th scope="col" className="p-3">How long we keep it</th>
          </tr>
        </thead>
        <tbody>
          {retentionRows().map((row) => (
            <tr key={row.kind} className="border-b border-stone-200">
              <td className="p-3">{row.what}</td>
              <td className="p-3">{row.when}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
