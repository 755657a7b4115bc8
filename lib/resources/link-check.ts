import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fetchPublicUrl, type PublicFetchResult } from "@/lib/net/public-fetch";
import { DAY_MS } from "@/lib/calendar";

// The "resource-links" job: every published resource's link is checked about once a week, and
// what it answered is kept for staff (linkStatus, linkProblem: a code of lib/net/public-fetch.ts
// FETCH_PROBLEMS, linkCheckedAt). Nothing public changes: a broken link stays on the public page
// until staff decide, since a site that is down for an hour should not lose its resources.

/** A link is checked again once its last check is this old. */
export const RECHECK_AFTER = 7 * DAY_MS;
/** Links checked side by side: each waits on a remote server, not on this one. */
const CONCURRENCY = 4;
const MAX_BATCH = 200;

export type LinkCheckOptions = {
  /** The most resources checked by this run. */
  limit: number;
  now?: Date;
  /** Only these resources (still only when due): a check of one resource on request, tests. */
  ids?: readonly string[];
  /** How a link is fetched (tests pass one that may reach a local server). */
  check?: (url: string) => Promise<PublicFetchResult>;
};

type Claimed = { id: string; url: string };

/**
 * Claims up to `limit` due links, never checked first, then the longest unchecked. The claim
 * stamps linkCheckedAt in the same statement that locks the rows (FOR UPDATE SKIP LOCKED), so
 * a second runner, at once or later, finds them not due and checks others. A runner that dies
 * between claim and result leaves the old result, checked again a week later.
 */
async function claimDueLinks(limit: number, now: Date, ids: readonly string[] | undefined): Promise<Claimed[]> {
  const onlyIds = ids ? Prisma.sql`AND "id" = ANY(${[...ids]}::text[])` : Prisma.empty;
  // Raw SQL leaves "updatedAt" alone: a check is not an edit of the resource.
  return db.$queryRaw<Claimed[]>`
    WITH due AS (
      SELECT "id" FROM "Resource"
      WHERE "status" = 'published' AND "url" IS NOT NULL
        AND ("linkCheckedAt" IS NULL OR "linkCheckedAt" < ${new Date(now.getTime() - RECHECK_AFTER)})
        ${onlyIds}
      ORDER BY "linkCheckedAt" ASC NULLS FIRST, "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )
    UPDATE "Resource" AS r SET "linkCheckedAt" = ${now} FROM due WHERE r."id" = due."id"
    RETURNING r."id", r."url"`;
}

/** Keeps a result, unless staff changed the link meanwhile (their edit starts its checks afresh). */
async function storeResult(resource: Claimed, result: PublicFetchResult, now: Date) {
  const status = result.status ?? null;
  const problem = result.ok ? null : result.problem;
  await db.$executeRaw`
    UPDATE "Resource" SET "linkStatus" = ${status}, "linkProblem" = ${problem}, "linkCheckedAt" = ${now}
    WHERE "id" = ${resource.id} AND "url" = ${resource.url}`;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachAtMost<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Checks a batch of due links and stores what each answered. Returns how many were checked and found broken. */
export async function checkResourceLinks({ limit, now = new Date(), ids, check = (url) => fetchPublicUrl(url) }: LinkCheckOptions) {
  const batch = Math.max(0, Math.min(Math.floor(limit), MAX_BATCH));
  if (batch === 0 || ids?.length === 0) return { checked: 0, broken: 0 };
  const claimed = await claimDueLinks(batch, now, ids);
  let broken = 0;
  await eachAtMost(claimed, CONCURRENCY, async (resource) => {
    const result = await check(resource.url);
    if (!result.ok) broken++;
    await storeResult(resource, result, now);
  });
  return { checked: claimed.length, broken };
}
