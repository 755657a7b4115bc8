// One runner for scheduled work (lib/jobs/runner.ts): a due job runs once whichever instances
// tick, each run is recorded, a failure is retried, a dead runner's claim lapses, a job that
// changed public pages tells every instance, and only staff may run a job at once.
// Test jobs have names of their own, so this file shares the run's database safely.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { runJobNow } from "@/lib/jobs/commands";
import { listJobs } from "@/lib/jobs/queries";
import { JOBS, type JobDefinition } from "@/lib/jobs/registry";
import { retryDelay, runDueJobs, runJob } from "@/lib/jobs/runner";
import { REVALIDATE_CHANNEL } from "@/lib/revalidate-channel";
import { createUser } from "./helpers";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const uniqueName = (label: string) => `test-${label}-${randomBytes(5).toString("hex")}`;
const jobRow = (name: string) => db.job.findUniqueOrThrow({ where: { name } });
const runsOf = (name: string) => db.jobRun.findMany({ where: { jobName: name }, orderBy: { startedAt: "asc" } });

/** A job that counts its runs; `fail` decides, per run, whether it throws. */
function countingJob(opts: { every?: number; fail?: (run: number) => boolean; summary?: Record<string, number>; refreshes?: JobDefinition["refreshes"] } = {}) {
  const job = {
    runs: 0,
    every: opts.every ?? MINUTE,
    refreshes: opts.refreshes,
    run: async () => {
      const run = ++job.runs;
      // Long enough for a second runner's claim to arrive while the first still runs.
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (opts.fail?.(run)) throw new Error(`the SMTP server did not answer (run ${run})`);
      return opts.summary ?? { done: 1 };
    },
  };
  return job;
}

describe("the job runner", () => {
  it("creates a row for a newly declared job on the first tick, due at once, and runs it", async () => {
    const name = uniqueName("new");
    const job = countingJob();
    const now = new Date();
    expect(await runDueJobs(now, { [name]: job })).toEqual([{ job: name, outcome: "succeeded", summary: { done: 1 } }]);
    expect(job.runs).toBe(1);
    expect(await jobRow(name)).toMatchObject({ nextRunAt: at(now, MINUTE), lastRunAt: now, lastOutcome: "succeeded", lockedUntil: null, lockedBy: null });
  });

  it("runs a due job exactly once when two runners tick at the same instant", async () => {
    const name = uniqueName("once");
    const job = countingJob();
    const jobs = { [name]: job };
    const now = new Date();
    const [a, b] = await Promise.all([runDueJobs(now, jobs), runDueJobs(now, jobs)]);
    expect(job.runs).toBe(1);
    expect([...a, ...b]).toHaveLength(1);
    expect(await runsOf(name)).toHaveLength(1);

    // Not due again before its interval, whoever ticks; due after it.
    await Promise.all([runDueJobs(at(now, 59 * SECOND), jobs), runDueJobs(at(now, 59 * SECOND), jobs)]);
    expect(job.runs).toBe(1);
    await Promise.all([runDueJobs(at(now, MINUTE), jobs), runDueJobs(at(now, MINUTE), jobs)]);
    expect(job.runs).toBe(2);
  });

  it("records each run with its counts", async () => {
    const name = uniqueName("counts");
    const now = new Date();
    await runDueJobs(now, { [name]: countingJob({ summary: { sent: 3, failed: 0 } }) });
    const [run] = await runsOf(name);
    expect(run).toMatchObject({ startedAt: now, outcome: "succeeded", summary: { sent: 3, failed: 0 }, error: null });
    expect(run!.finishedAt!.getTime()).toBeGreaterThanOrEqual(now.getTime() + 50);
  });

  it("records a failure, retries it after a growing wait, and clears it on success", async () => {
    const name = uniqueName("fails");
    const job = countingJob({ every: 60 * MINUTE, fail: (run) => run <= 2 });
    const jobs = { [name]: job };
    const now = new Date();

    expect(await runDueJobs(now, jobs)).toEqual([{ job: name, outcome: "failed" }]);
    expect(await jobRow(name)).toMatchObject({
      failures: 1, lastOutcome: "failed", lastError: "the SMTP server did not answer (run 1)", nextRunAt: at(now, 30 * SECOND), lockedUntil: null,
    });
    expect((await runsOf(name))[0]).toMatchObject({ outcome: "failed", error: "the SMTP server did not answer (run 1)", summary: null });

    expect(await runDueJobs(at(now, 29 * SECOND), jobs)).toEqual([]);
    expect(await runDueJobs(at(now, 30 * SECOND), jobs)).toEqual([{ job: name, outcome: "failed" }]);
    expect(await jobRow(name)).toMatchObject({ failures: 2, nextRunAt: at(now, 90 * SECOND) });

    const retried = at(now, 90 * SECOND);
    expect(await runDueJobs(retried, jobs)).toMatchObject([{ job: name, outcome: "succeeded" }]);
    expect(await jobRow(name)).toMatchObject({ failures: 0, lastOutcome: "succeeded", lastError: null, nextRunAt: at(retried, 60 * MINUTE) });
    expect((await runsOf(name)).map((r) => r.outcome)).toEqual(["failed", "failed", "succeeded"]);
  });

  it("waits 30 s after a first failure, doubling after each, never longer than the schedule", () => {
    expect([1, 2, 3, 4].map((f) => retryDelay(f, 60 * MINUTE))).toEqual([30 * SECOND, MINUTE, 2 * MINUTE, 4 * MINUTE]);
    expect(retryDelay(20, 60 * MINUTE)).toBe(60 * MINUTE);
    expect(retryDelay(3, MINUTE)).toBe(MINUTE);
  });

  it("leaves a job held by a runner that died until its claim lapses, then runs it", async () => {
    const name = uniqueName("crashed");
    const job = Object.assign(countingJob(), { lease: 5 * MINUTE });
    const jobs = { [name]: job };
    const now = new Date();
    await db.job.create({ data: { name, nextRunAt: at(now, -MINUTE), lockedUntil: at(now, 4 * MINUTE), lockedBy: "a runner that died" } });

    expect(await runDueJobs(now, jobs)).toEqual([]);
    expect(await runJob(name, now, jobs)).toEqual({ job: name, outcome: "busy" });
    expect(job.runs).toBe(0);

    expect(await runDueJobs(at(now, 4 * MINUTE), jobs)).toMatchObject([{ job: name, outcome: "succeeded" }]);
    expect(job.runs).toBe(1);
    expect(await jobRow(name)).toMatchObject({ lockedUntil: null, lockedBy: null });
  });

  it("runs a job on demand even when it is not due", async () => {
    const name = uniqueName("demand");
    const job = countingJob();
    const now = new Date();
    await runDueJobs(now, { [name]: job });
    expect(await runJob(name, at(now, SECOND), { [name]: job })).toMatchObject({ outcome: "succeeded" });
    expect(job.runs).toBe(2);
  });

  describe("a job that changes public pages", () => {
    let listener: pg.Client;
    const heard: string[] = [];
    beforeAll(async () => {
      listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await listener.connect();
      listener.on("notification", (m) => heard.push(m.payload ?? ""));
      await listener.query(`LISTEN ${REVALIDATE_CHANNEL}`);
    });
    afterAll(() => listener.end());

    const heardSoon = async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return heard.splice(0);
    };

    it("tells every instance, its own included, when a run changed something, and nobody when it did not", async () => {
      const name = uniqueName("refresh");
      await runJob(name, new Date(), { [name]: countingJob({ summary: { lapsed: 0 }, refreshes: ["events"] }) });
      expect(await heardSoon()).toEqual([]);
      await runJob(name, new Date(), { [name]: countingJob({ summary: { lapsed: 2 }, refreshes: ["events"] }) });
      expect(await heardSoon()).toEqual(["jobs:events"]);
    });

    it("is declared for seat offers lapsing, which change an event's seat count", () => {
      expect(JOBS["seat-offer-expiry"].refreshes).toEqual(["events"]);
    });
  });
});

describe("the declared jobs", () => {
  it("are all listed for staff, and a run of the outbox job without SMTP is recorded doing nothing", async () => {
    const staff = await createUser({ role: "staff" });
    const listed = await listJobs(staff.actor);
    expect(listed!.map((j) => j.name)).toEqual(Object.keys(JOBS));
    expect(JOBS["outbox-delivery"].every).toBe(MINUTE);

    const result = await runJobNow(staff.actor, "outbox-delivery");
    expect(result).toMatchObject({ job: "outbox-delivery", outcome: "succeeded", summary: { sent: 0 } });
    expect(await db.auditEvent.count({ where: { actorId: staff.id, action: "job.run-requested", targetType: "job", targetId: "outbox-delivery" } })).toBe(1);
    expect((await listJobs(staff.actor))!.find((j) => j.name === "outbox-delivery")!.state).toMatchObject({ lastOutcome: "succeeded" });
  });

  it("refuse a member who asks to run one, and nothing changes", async () => {
    const member = await createUser();
    const runsBefore = await db.jobRun.count({ where: { jobName: "data-retention" } });
    await expect(runJobNow(member.actor, "data-retention")).rejects.toBeInstanceOf(NotFoundError);
    await expect(runJobNow(null, "data-retention")).rejects.toBeInstanceOf(NotFoundError);
    expect(await listJobs(member.actor)).toBeNull();
    expect(await db.jobRun.count({ where: { jobName: "data-retention" } })).toBe(runsBefore);
    expect(await db.auditEvent.count({ where: { actorId: member.id } })).toBe(0);
  });

  it("refuse a job name that is not declared", async () => {
    const staff = await createUser({ role: "staff" });
    await expect(runJobNow(staff.actor, "drop-everything")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.job.count({ where: { name: "drop-everything" } })).toBe(0);
  });
});
