// The emails the app queued: every message goes through the "OutboxEmail" table first.
import { db } from "./db";

type OutboxEmail = { id: string; to: string; subject: string; text: string; status: string; createdAt: Date };

/**
 * The newest email queued for `address`. Waits up to `timeoutMs` for one to appear (sending
 * happens right after the request that causes it); with `since`, only a newer one counts; with
 * `containing`, only one whose subject or text holds it (a shared inbox, like the demo staff
 * account's, gets emails from tests running in parallel).
 */
export async function latestEmailTo(address: string, opts: { since?: Date; timeoutMs?: number; containing?: string } = {}): Promise<OutboxEmail> {
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  for (;;) {
    const { rows } = await db.query<OutboxEmail>(
      `SELECT "id", "to", "subject", "text", "status", "createdAt" FROM "OutboxEmail"
        WHERE lower("to") = lower($1) AND "createdAt" >= $2 AND strpos("subject" || ' ' || "text", $3) > 0
        ORDER BY "createdAt" DESC, "id" DESC LIMIT 1`,
      [address, opts.since ?? new Date(0), opts.containing ?? ""],
    );
    if (rows[0]) return rows[0];
    if (Date.now() > deadline) throw new Error(`No email to ${address}${opts.since ? ` since ${opts.since.toISOString()}` : ""} in the outbox.`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The first http(s) link in an email's text. */
export function linkFrom(text: string): string {
  const match = /https?:\/\/[^\s<>"')\]]+/.exec(text);
  if (!match) throw new Error(`No link in this email:\n${text}`);
  // A sentence may end right after the link.
  return match[0].replace(/[.,;:!?]+$/, "");
}
