import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log");

  // Yearly "is your hub still true?" emails, and seats offered from an event's waiting list
  // that were not taken in 72 hours. Emails are queued in the outbox, so they need no SMTP.
  // Every instance sweeps hourly from a random start, so instances spread out; hubs and
  // offers are claimed with SKIP LOCKED, so nobody is emailed twice. Then data past its
  // retention period (lib/retention/periods.ts) is deleted: plain DELETEs by age, safe to repeat.
  const { sendConfirmationReminders } = await import("@/lib/hubs/reminders");
  const { expireOffers } = await import("@/lib/events/offers");
  const { purgeExpiredData } = await import("@/lib/retention/commands");
  const remind = async () => {
    await sendConfirmationReminders().catch((e) => log.error("confirmation reminders failed", { error: e }));
    await expireOffers().catch((e) => log.error("seat offer expiry failed", { error: e }));
    await purgeExpiredData()
      .then((purged) => Object.values(purged).some(Boolean) && log.info("data past its retention period deleted", purged))
      .catch((e) => log.error("retention purge failed", { error: e }));
  };
  setTimeout(() => {
    void remind();
    setInterval(remind, 60 * 60_000).unref();
  }, 60_000 + Math.random() * 5 * 60_000).unref();

  // Other instances' changes to hubs and events refresh this instance's cached pages at once.
  if (process.env.NODE_ENV === "production" && process.env.DATABASE_URL && process.env.NEXT_PHASE !== "phase-production-build") {
    const { listenForRevalidation } = await import("@/lib/revalidate-listener");
    listenForRevalidation(process.env.DATABASE_URL);
  }

  if (!process.env.SMTP_URL) return;
  // Each instance sweeps the outbox now and then (rows are claimed with SKIP LOCKED), so
  // emails whose first attempt failed go out once the SMTP server is back.
  const { deliverOutbox } = await import("@/lib/email/outbox");
  const sweep = () => deliverOutbox().catch((e) => log.error("outbox sweep failed", { error: e }));
  setInterval(sweep, 60_000).unref();
  void sweep();
}

// Unexpected errors while rendering: one log line with the request id the user was shown.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { log } = await import("@/lib/log");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  log.error("request failed", {
    requestId: headers["x-request-id"],
    method: request.method,
    path: request.path,
    route: context.routePath,
    digest: (error as { digest?: string }).digest,
    error,
  });
};
