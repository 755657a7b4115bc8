import "server-only";
import { db, type Prisma } from "@/lib/db";
import { isStaff, type CurrentUser } from "@/lib/auth/user";
import { JOBS, type JobName } from "@/lib/jobs/registry";

const jobSelect = {
  name: true, nextRunAt: true, lockedUntil: true, failures: true, lastRunAt: true, lastOutcome: true, lastError: true,
} satisfies Prisma.JobSelect;

const runSelect = { id: true, jobName: true, startedAt: true, finishedAt: true, outcome: true, summary: true, error: true } satisfies Prisma.JobRunSelect;

const RECENT_FAILURES = 5;

/**
 * Every declared job as staff see it: its schedule, its state, its last run and its recent
 * failures. A job not yet ticked has no row: it is due now. Null for anyone but staff.
 */
export async function listJobs(actor: CurrentUser | null) {
  if (!isStaff(actor)) return null;
  const names = Object.keys(JOBS) as JobName[];
  const [rows, lastRuns, failures] = await Promise.all([
    db.job.findMany({ where: { name: { in: names } }, select: jobSelect }),
    // One indexed read per job: Prisma's `distinct` would read every run and drop the rest in memory.
    Promise.all(names.map((name) => db.jobRun.findFirst({ where: { jobName: name }, orderBy: { startedAt: "desc" }, select: runSelect }))),
    Promise.all(names.map((name) => db.jobRun.findMany({ where: { jobName: name, outcome: "failed" }, orderBy: { startedAt: "desc" }, take: RECENT_FAILURES, select: runSelect }))),
  ]);
  return names.map((name, i) => ({
    name,
    every: JOBS[name].every,
    state: rows.find((r) => r.name === name) ?? null,
    lastRun: lastRuns[i] ?? null,
    recentFailures: failures[i] ?? [],
  }));
}

export type JobListing = NonNullable<Awaited<ReturnType<typeof listJobs>>>[number];
