import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.SMTP_URL) return;
  // Each instance sweeps the outbox now and then (rows are claimed with SKIP LOCKED), so
  // emails whose first attempt failed go out once the SMTP server is back.
  const { deliverOutbox } = await import("@/lib/email/outbox");
  const { log } = await import("@/lib/log");
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
