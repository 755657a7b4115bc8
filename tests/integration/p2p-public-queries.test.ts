// What /p2p reads, the same for every visitor: the round open now (else the next announced)
// with its words, its hosts (published hubs only, what anyone may see of them), and the rounds
// before it, never drafts. Each test's rounds sit in a year of their own, read at a `now` in
// it, so the rounds other test files open today never mix with them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hostsOfRound } from "@/lib/p2p/hosts/queries";
import { currentPublicRound, pastRounds } from "@/lib/p2p/rounds/public-queries";
import { createPublishedHub } from "./helpers";
import { createHost, createOpenRound } from "./p2p-fixtures";

const DAY = 86_400_000;

/** Noon on 15 March of `year`, the day n days from it, and a round whose window is given in those days. */
function clock(year: number) {
  const day = (offset: number) => new Date(Date.UTC(year, 2, 15) + offset * DAY);
  const round = (opens: number, closes: number, over: Partial<Prisma.P2PRoundCreateInput> = {}) =>
    createOpenRound({ opensOn: day(opens), closesOn: day(closes), exchangesFrom: day(closes + 10), exchangesUntil: day(closes + 100), ...over });
  return { now: new Date(Date.UTC(year, 2, 15, 12)), day, round };
}

describe("the current round", () => {
  it("is the round open now, with its summary and rules; drafts and closed rounds never", async () => {
    const { now, round } = clock(2191);
    await round(-30, -1);
    await round(-5, 5, { status: "draft", publishedAt: null });
    const open = await round(-10, 20, { summary: "Round **three**.", rules: "1. Be kind." });
    await round(40, 60);
    expect(await currentPublicRound(now)).toMatchObject({ id: open.id, name: open.name, summary: "Round **three**.", rules: "1. Be kind.", countries: open.countries, travelRateCents: 35_000 });
  });

  it("is the next announced round while none is open, and null when none is announced", async () => {
    const { now, round } = clock(2192);
    await round(-30, -1);
    const next = await round(10, 40);
    await round(50, 80);
    expect((await currentPublicRound(now))?.id).toBe(next.id);
    expect(await currentPublicRound(clock(2193).now)).toBeNull();
  });

  it("moves on when the window closes in the round's time zone, without anything changing", async () => {
    const { day, round } = clock(2194);
    const first = await round(-10, 0, { timeZone: "Europe/Athens" });
    const second = await round(1, 30);
    // 21:00 UTC on the closing day is 23:00 in Athens; 22:30 UTC is already the next day there.
    expect((await currentPublicRound(new Date(day(0).getTime() + 21 * 3_600_000)))?.id).toBe(first.id);
    expect((await currentPublicRound(new Date(day(0).getTime() + 22.5 * 3_600_000)))?.id).toBe(second.id);
  });
});

describe("the hosts of a round", () => {
  it("are its published hubs, by country then name, full ones included, with only what anyone may see", async () => {
    const { round } = clock(2195);
    const open = await round(-10, 20);
    const lisbon = await createHost(open.id, { countryCode: "PT", places: 2 });
    const berlin = await createHost(open.id, { countryCode: "DE", places: 1 });
    await db.p2PHostOffer.update({ where: { id: berlin.offer.id }, data: { placesTaken: 1 } });
    const archived = await createHost(open.id, { countryCode: "AT" });
    await db.hub.update({ where: { id: archived.hub.id }, data: { status: "archived" } });
    const elsewhere = await round(-10, 20);
    await createHost(elsewhere.id, { countryCode: "ES" });

    const hosts = await hostsOfRound(open.id);
    expect(hosts.map((h) => h.id)).toEqual([berlin.hub.id, lisbon.hub.id]);
    expect(hosts[0]).toEqual({
      id: berlin.hub.id, slug: berlin.hub.slug, name: berlin.hub.name, city: berlin.hub.city, countryCode: "DE",
      places: 1, placesTaken: 1, languages: ["en", "pt"], offer: berlin.offer.offer, availability: berlin.offer.availability,
    });
  });

  it("order hubs of one country by name", async () => {
    const { round } = clock(2196);
    const open = await round(-10, 20);
    const names = ["Zeta Loom", "Alpha Works"];
    for (const name of names) {
      const hub = await createPublishedHub({ name: `${name} ${open.id}`, countryCode: "IT" });
      await db.p2PHostOffer.create({ data: { roundId: open.id, hubId: hub.id, offer: "A desk.", availability: "Any time", places: 1 } });
    }
    expect((await hostsOfRound(open.id)).map((h) => h.name)).toEqual([`Alpha Works ${open.id}`, `Zeta Loom ${open.id}`]);
  });
});

describe("the past rounds", () => {
  it("are the rounds whose window has closed or that moved on, newest first, a round without dates last; never drafts nor the current one", async () => {
    const { now, day, round } = clock(2197);
    const current = await round(-10, 20);
    const lastYear = await round(-400, -370);
    const reviewing = await round(-60, -30, { status: "in_review" });
    const closed = await round(-200, -170, { status: "closed" });
    const undated = await round(0, 0, { opensOn: null, closesOn: null, exchangesFrom: null, exchangesUntil: null, status: "closed", travelRateCents: null, budgetCents: null });
    const draft = await round(-100, -90, { status: "draft", publishedAt: null });
    const upcoming = await round(30, 60);

    const past = await pastRounds(now, current.id);
    const mine = past.filter((r) => [current, lastYear, reviewing, closed, undated, draft, upcoming].some((m) => m.id === r.id));
    expect(mine.map((r) => r.id).slice(0, 3)).toEqual([reviewing.id, closed.id, lastYear.id]);
    // The undated round comes after every dated one, other test files' included: within the
    // page's bound of 50 only while the run holds no more rounds than that.
    if ((await db.p2PRound.count({ where: { status: { not: "draft" } } })) <= 50) {
      expect(mine.map((r) => r.id)).toEqual([reviewing.id, closed.id, lastYear.id, undated.id]);
      expect(mine.at(-1)).toMatchObject({ id: undated.id, opensOn: null, travelRateCents: null, budgetCents: null, dailyRateCents: 16_500 });
    }
    // A round past "published" counts as past whatever its dates say, and the current round is left out.
    expect((await pastRounds(new Date(day(-45).getTime()), current.id)).map((r) => r.id)).toContain(reviewing.id);
    expect((await pastRounds(now)).map((r) => r.id)).not.toContain(current.id);
  });
});
