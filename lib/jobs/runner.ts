import "server-only";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { announcePublicChange } from "@/lib/revalidate";
import { JOBS, type JobDefinition, type JobSummary } from "@/lib/jobs/registry";

// The one runner for scheduled work. Every instance ticks it (instrumentation.ts); a tick
// claims each due job with one UPDATE on its row in "Job", so exactly one instance runs it,
// whichever is up. Each run is a "JobRun" row. A failure is recorded and retried sooner than
// the next regular run; a runner that died mid-run holds its claim only until its lease ends.

type Registry = Record<string, JobDefinition>;
export type RunResult = { job: string; outcome: "succeeded" | "failed" | "busy"; summary?: JobSummary };

const SECOND = 1000;
const DEFAULT_LEASE = 10 * 60 * SECOND;
const FIRST_RETRY = 30 * SECOND;
/** Runs are kept this long for staff to read. */
const KEEP_RUNS = 14 * 24 * 3600 * SECOND;

/** The wait before retrying after `failures` failures in a row: 30 s, 1 min, 2 min… never longer than the schedule. */
export const retryDelay = (failures: number, every: number) => Math.min(every, FIRST_RETRY * 2 ** Math.max(0, failures - 1));

/** A row for every declared job; a new job is due at once. */
async function ensureJobs(jobs: Registry, now: Date) {
  await db.job.createMany({ data: Object.keys(jobs).map((name) => ({ name, nextRunAt: now })), skipDuplicates: true });
}

/**
 * Takes the job if nobody holds it (and, unless forced, if it is due). Concurrent claims on
 * one row queue on its row lock and the later one sees the new lease, so one of them wins.
 */
async function claim(name: string, runId: string, now: Date, lease: number, force: boolean): Promise<boolean> {
  const claimed = await db.$executeRaw`
    UPDATE "Job" SET "lockedUntil" = ${new Date(now.getTime() + lease)}, "lockedBy" = ${runId}
    WHERE "name" = ${name}
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      AND (${force} OR "nextRunAt" <= ${now})`;
  return claimed === 1;
}

async function runClaimed(name: string, job: JobDefinition, runId: string, now: Date): Promise<RunResult> {
  const started = performance.now();
  const finishedAt = () => new Date(now.getTime() + Math.round(performance.now() - started));
  await db.jobRun.create({ data: { id: runId, jobName: name, startedAt: now } });
  // Only while the claim is still ours: a run that outlived its lease leaves the job to whoever took it over.
  const mine = { name, lockedBy: runId };
  const oldRuns = () => db.jobRun.deleteMany({ where: { jobName: name, startedAt: { lt: new Date(now.getTime() - KEEP_RUNS) } } });
  let summary: JobSummary;
  try {
    summary = await job.run(now);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error("job failed", { job: name, runId, error });
    const failures = ((await db.job.findUnique({ where: { name }, select: { failures: true } }))?.failures ?? 0) + 1;
    await db.$transaction([
      db.jobRun.update({ where: { id: runId }, data: { finishedAt: finishedAt(), outcome: "failed", error: message.slice(0, 1000) } }),
      db.job.updateMany({
        where: mine,
        data: {
          nextRunAt: new Date(now.getTime() + retryDelay(failures, job.every)), lockedUntil: null, lockedBy: null,
          failures, lastRunAt: now, lastOutcome: "failed", lastError: message.slice(0, 1000),
        },
      }),
      oldRuns(),
    ]);
    return { job: name, outcome: "failed" };
  }
  await db.$transaction([
    db.jobRun.update({ where: { id: runId }, data: { finishedAt: finishedAt(), outcome: "succeeded", summary } }),
    db.job.updateMany({
      where: mine,
      data: { nextRunAt: new Date(now.getTime() + job.every), lockedUntil: null, lockedBy: null, failures: 0, lastRunAt: now, lastOutcome: "succeeded", lastError: null },
    }),
    oldRuns(),
  ]);
  if (Object.values(summary).some((n) => n > 0)) {
    for (const area of job.refreshes ?? []) {
      await announcePublicChange(area).catch((error: unknown) => log.error("could not announce a job's change to public pages", { job: name, area, error }));
    }
  }
  return { job: name, outcome: "succeeded", summary };
}

async function claimAndRun(name: string, job: JobDefinition, now: Date, force: boolean): Promise<RunResult | null> {
  const runId = randomUUID();
  if (!(await claim(name, runId, now, job.lease ?? DEFAULT_LEASE, force))) return null;
  return runClaimed(name, job, runId, now);
}

/** One tick: runs every due job nobody else holds, side by side. Returns what ran. */
export async function runDueJobs(now = new Date(), jobs: Registry = JOBS): Promise<RunResult[]> {
  await ensureJobs(jobs, now);
  const results = await Promise.all(Object.entries(jobs).map(([name, job]) => claimAndRun(name, job, now, false)));
  return results.filter((r) => r !== null);
}

/** Runs the job now, due or not, unless another runner holds it ("busy"). */
export async function runJob(name: string, now = new Date(), jobs: Registry = JOBS): Promise<RunResult> {
  const job = jobs[name];
  if (!job) throw new Error(`no job named ${name}`);
  await ensureJobs({ [name]: job }, now);
  return (await claimAndRun(name, job, now, true)) ?? { job: name, outcome: "busy" };
}
