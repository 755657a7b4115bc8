import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { isStaff, type CurrentUser } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import { isJobName } from "@/lib/jobs/registry";
import { runJob, type RunResult } from "@/lib/jobs/runner";

/** Staff run a job at once, due or not (recorded in the audit log); "busy" while another runner holds it. */
export async function runJobNow(actor: CurrentUser | null, name: string, now = new Date()): Promise<RunResult> {
  if (!isStaff(actor) || !isJobName(name)) throw new NotFoundError();
  await db.$transaction((tx) => recordAudit(tx, { actorId: actor.id, action: "job.run-requested", targetType: "job", targetId: name }));
  return runJob(name, now);
}
