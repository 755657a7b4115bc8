// The fixed-window rate limiter shared by every app instance: the count lives in PostgreSQL,
// so concurrent requests cannot slip past it.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hitRateLimit, resetRateLimit, type Limit } from "@/lib/rate-limit";

/** A limit no other test touches (the bucket key starts with its name). */
const limit = (max: number, windowSeconds = 600): Limit => ({ name: `test-${randomUUID()}`, max, windowSeconds });

async function hits(l: Limit, subject: string, n: number) {
  const decisions = [];
  for (let i = 0; i < n; i++) decisions.push(await hitRateLimit(l, subject));
  return decisions;
}

afterAll(() => db.$disconnect());

describe("hitRateLimit", () => {
  it("allows `max` hits in a window, then refuses with the seconds left in the window", async () => {
    const l = limit(3, 600);
    expect(await hits(l, "a@example.org", 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    const refused = await hitRateLimit(l, "a@example.org");
    expect(refused.allowed).toBe(false);
    const retry = (refused as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(Number.isInteger(retry)).toBe(true);
    expect(retry).toBeGreaterThan(590);
    expect(retry).toBeLessThanOrEqual(600);
    // Refused hits keep counting: the next one is refused too.
    expect((await hitRateLimit(l, "a@example.org")).allowed).toBe(false);
  });

  it("allows exactly `max` of 50 concurrent hits on one key", async () => {
    const l = limit(7);
    const decisions = await Promise.all(Array.from({ length: 50 }, () => hitRateLimit(l, "burst")));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(7);
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: `${l.name}:burst` } });
    expect(bucket.count).toBe(50);
  });

  it("counts each subject separately, and ignores the case of the subject", async () => {
    const l = limit(2);
    await hits(l, "one@example.org", 2);
    expect((await hitRateLimit(l, "ONE@example.org")).allowed).toBe(false);
    expect(await hits(l, "two@example.org", 2)).toEqual([{ allowed: true }, { allowed: true }]);
    // The same subject under another limit is another bucket.
    expect((await hitRateLimit(limit(2), "one@example.org")).allowed).toBe(true);
  });

  it("starts a new window once the old one has passed", async () => {
    const l = limit(1, 1);
    expect((await hitRateLimit(l, "x")).allowed).toBe(true);
    const refused = await hitRateLimit(l, "x");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    await new Promise((r) => setTimeout(r, 1100));
    expect((await hitRateLimit(l, "x")).allowed).toBe(true);
  });
});

describe("resetRateLimit", () => {
  it("forgets the count of one subject only", async () => {
    const l = limit(1);
    await hitRateLimit(l, "Reset@Example.org");
    await hitRateLimit(l, "kept@example.org");
    expect((await hitRateLimit(l, "reset@example.org")).allowed).toBe(false);

    await resetRateLimit(l, "RESET@example.org");
    expect((await hitRateLimit(l, "reset@example.org")).allowed).toBe(true);
    expect((await hitRateLimit(l, "kept@example.org")).allowed).toBe(false);
  });

  it("does nothing for a subject that was never counted", async () => {
    await expect(resetRateLimit(limit(1), "nobody")).resolves.toBeUndefined();
  });
});
