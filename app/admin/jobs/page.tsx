import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonForm } from "@/components/ui/button-form";
import { requireStaff } from "@/lib/auth/session";
import { runJobNowAction } from "@/lib/jobs/actions";
import type { JobName } from "@/lib/jobs/registry";
import { listJobs, type JobListing } from "@/lib/jobs/queries";
import { formatTimestamp } from "@/lib/timestamps";

export const metadata: Metadata = { title: "Jobs" };

const JOB_LABELS: Record<JobName, string> = {
  "hub-confirmation-reminders": "Hub confirmation reminders",
  "seat-offer-expiry": "Seat offers lapsing",
  "p2p-host-request-lapse": "P2P host requests lapsing unanswered",
  "p2p-report-reminders": "P2P report reminders",
  "data-retention": "Deleting data past its retention period",
  "article-publishing": "Publishing scheduled articles",
  "resource-links": "Checking library links",
  "outbox-delivery": "Email delivery",
};

const schedule = (ms: number) => {
  if (ms < 60_000) return `every ${Math.round(ms / 1000)} seconds`;
  const minutes = Math.round(ms / 60_000);
  if (minutes === 1) return "every minute";
  if (minutes % 60 === 0) return minutes === 60 ? "every hour" : `every ${minutes / 60} hours`;
  return `every ${minutes} minutes`;
};

/** What the last run counted, e.g. "lapsed: 2", or that it changed nothing. */
const counts = (summary: unknown) => {
  const entries = Object.entries((summary ?? {}) as Record<string, number>).filter(([, n]) => n > 0);
  return entries.length ? entries.map(([k, n]) => `${k}: ${n}`).join(", ") : "nothing to do";
};

function LastRun({ job }: { job: JobListing }) {
  const run = job.lastRun;
  if (!run) return <>not run yet</>;
  if (!run.outcome) {
    const held = job.state?.lockedUntil && job.state.lockedUntil > new Date();
    return <>started {formatTimestamp(run.startedAt)}, {held ? "still running" : "did not finish (its runner stopped)"}</>;
  }
  return run.outcome === "succeeded" ? (
    <>succeeded {formatTimestamp(run.startedAt)} ({counts(run.summary)})</>
  ) : (
    <>failed {formatTimestamp(run.startedAt)}</>
  );
}

export default async function AdminJobsPage() {
  const jobs = await listJobs(await requireStaff());
  if (!jobs) notFound();
  return (
    <div>
      <h1 className="text-3xl font-bold">Jobs</h1>
      <p className="mt-2 text-stone-700">
        Work the site does on its own schedule. Whichever server is up runs each job once when it is due; a failed run is retried after
        30 seconds, then after longer waits.
      </p>
      <ul className="mt-6 space-y-4">
        {jobs.map((job) => (
          <li key={job.name}>
            <article aria-labelledby={`job-${job.name}`} className="rounded-xl border border-stone-200 bg-white p-5">
              <h2 id={`job-${job.name}`} className="text-lg font-semibold">{JOB_LABELS[job.name]}</h2>
              <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">Schedule</dt>
                <dd>{schedule(job.every)}</dd>
                <dt className="font-semibold">Last run</dt>
                <dd><LastRun job={job} /></dd>
                <dt className="font-semibold">Next run</dt>
                <dd>{job.state ? formatTimestamp(job.state.nextRunAt) : "within a minute"}</dd>
                {job.state && job.state.failures > 0 ? (
                  <>
                    <dt className="font-semibold">Failures in a row</dt>
                    <dd>{job.state.failures}</dd>
                  </>
                ) : null}
              </dl>
              {job.recentFailures.length ? (
                <>
                  <h3 className="mt-4 font-semibold">Recent failures</h3>
                  <ul className="mt-1 space-y-1 text-sm">
                    {job.recentFailures.map((run) => (
                      <li key={run.id}>
                        {formatTimestamp(run.startedAt)}: <code className="break-words">{run.error}</code>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <div className="mt-4">
                <ClientMessages only={["staff.jobs"]}>
                  <ButtonForm action={runJobNowAction} fields={{ name: job.name }} variant="primary" pendingLabel="Running…">
                    Run “{JOB_LABELS[job.name]}” now
                  </ButtonForm>
                </ClientMessages>
              </div>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
