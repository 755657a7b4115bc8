import type { Instrumentation } from "next";

const TICK_MS = 20_000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log");

  // Scheduled work (lib/jobs/registry.ts): every instance ticks the runner, which claims each
  // due job in the database, so one instance runs it whichever are up. Ticks start at a random
  // offset so instances spread out; a job due at a set time starts within one tick.
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { runDueJobs } = await import("@/lib/jobs/runner");
    const tick = () => runDueJobs().catch((e) => log.error("job runner tick failed", { error: e }));
    setTimeout(() => {
      void tick();
      setInterval(tick, TICK_MS).unref();
    }, Math.random() * TICK_MS).unref();
  }

  // Other instances' changes to hubs and events refresh this instance's cached pages at once.
  if (process.env.NODE_ENV === "production" && process.env.DATABASE_URL && process.env.NEXT_PHASE !== "phase-production-build") {
    const { listenForRevalidation } = await import("@/lib/revalidate-listener");
    listenForRevalidation(process.env.DATABASE_URL);
  }
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
