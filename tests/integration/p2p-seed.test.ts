// The P2P seed: ECHN's two real rounds with only the facts the sources give (the rest stays
// null, shown as not published), written once and never over staff edits; and the demo round
// with its hosts and one application in each state, consistent with the scheme's own rules,
// which a second run leaves as it is. The demo puts an open round, demo accounts and sixty
// hubs in the database, so this file runs on a database of its own.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isoDate, todayIn } from "@/lib/calendar";
import { computeGrant, roundRates, stayDays } from "@/lib/p2p/applications/grant";
import { checkVisitingHub } from "@/lib/p2p/applications/eligibility";
import { LIVE_APPLICATION_STATUSES } from "@/lib/p2p/applications/workflow";
import { PROGRAMME_COUNTRIES_2017, PROGRAMME_COUNTRIES_CURRENT } from "@/lib/p2p/rounds/countries";
import { currentRound } from "@/lib/p2p/rounds/queries";
import { roundWindow } from "@/lib/p2p/rounds/rules";
import { seedProgramme } from "@/prisma/seed/programme";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_ROUND_SLUG, seedDemoP2P } from "@/prisma/seed/demo-p2p";
import { expectWithinTheScheme, onTemporaryUploads, p2pSeedRows as p2pRows } from "./p2p-seed-support";
import { onScratchDatabase } from "./scratch-database";

onScratchDatabase("echn_p2p_seed");
onTemporaryUploads();

const DAY = 86_400_000;
const iso = (d: Date | null) => (d ? isoDate(d) : null);
const round = (slug: string) => db.p2PRound.findUniqueOrThrow({ where: { slug } });

describe("the programme's P2P rounds", () => {
  it("are ECHN's Round 1 and Round 2, closed, written once whatever the number of runs", async () => {
    await seedProgramme(db);
    await seedProgramme(db);
    const rounds = await db.p2PRound.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true, status: true } });
    expect(rounds).toEqual([
      { slug: "round-1", name: "Round 1", status: "closed" },
      { slug: "round-2", name: "Round 2", status: "closed" },
    ]);
  });

  it("gives Round 1 only the months it ran and the membership rule; nothing else was published", async () => {
    await seedProgramme(db);
    const r1 = await round("round-1");
    expect([iso(r1.exchangesFrom), iso(r1.exchangesUntil), r1.periodPrecision]).toEqual(["2016-09-01", "2017-01-31", "month"]);
    expect(r1).toMatchObject({
      opensOn: null, closesOn: null, maxStayDays: null, peoplePerExchange: 1,
      travelRateCents: null, dailyRateCents: null, hostGrantCents: null, maxGrantCents: null, budgetCents: null,
      hostAnswerDays: null, membershipRequired: true, countries: [], publishedAt: null,
    });
    expect(roundRates(r1)).toBeNull();
    expect(roundWindow(r1, new Date("2016-10-15T12:00:00Z"))).toEqual({ state: "closed", closedOn: null });
    expect(r1.summary).toContain("September 2016 to January 2017");
    expect(r1.summary).toContain("were not published");
    expect(`${r1.summary}\n${r1.rules}`).not.toMatch(/EUR|€|\d+ days?\b/);
  });

  it("gives Round 2 its call, its exchange period, its rates and the countries of 2017; budget and answer time not published", async () => {
    await seedProgramme(db);
    const r2 = await round("round-2");
    expect([iso(r2.opensOn), iso(r2.closesOn), r2.timeZone]).toEqual(["2017-03-27", "2017-04-23", "Europe/Brussels"]);
    expect([iso(r2.exchangesFrom), iso(r2.exchangesUntil), r2.periodPrecision]).toEqual(["2017-05-01", "2017-09-17", "day"]);
    expect(r2).toMatchObject({
      maxStayDays: 5, peoplePerExchange: 1, travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000,
      budgetCents: null, hostAnswerDays: null, membershipRequired: true, publishedAt: null,
    });
    expect(r2.countries).toEqual([...PROGRAMME_COUNTRIES_2017]);
    // The source's own sum: EUR 350 + 5 × EUR 165 = EUR 1,175 for one person; the host's EUR 500 apart.
    expect(computeGrant(roundRates(r2)!, 5, 1)).toMatchObject({ grantCents: 117_500, capped: false, hostGrantCents: 50_000 });
    expect(r2.rules).toContain("EUR 1,175");
    expect(r2.rules).toContain("EUR 500");
  });

  it("leaves what staff edited as they left it", async () => {
    await seedProgramme(db);
    await db.p2PRound.update({ where: { slug: "round-2" }, data: { name: "Round 2 (2017)", budgetCents: 1_000_000, rules: "Edited." } });
    await seedProgramme(db);
    expect(await round("round-2")).toMatchObject({ name: "Round 2 (2017)", budgetCents: 1_000_000, rules: "Edited." });
    expect(await db.p2PRound.count()).toBe(2);
  });
});

describe("the demo P2P content", () => {
  // Just after midnight UTC: the hour at which the lapsed request, sent the day the window
  // opened, is closest to not yet being overdue.
  const today = new Date(Math.floor(Date.now() / DAY) * DAY);
  const now = new Date(today.getTime() + 5 * 60_000);

  beforeAll(async () => {
    await seedProgramme(db);
    await seedDemo(db, now);
  }, 60_000);

  it("is written once: a second run, alone or with the rest of the demo, adds and changes nothing", async () => {
    const first = await p2pRows();
    // The demo's later rounds (demo-p2p-review.ts, demo-p2p-results.ts) are tested in p2p-seed-review.test.ts.
    expect(first.rounds.map((r) => r.slug)).toEqual([DEMO_ROUND_SLUG, "demo-round-released", "demo-round-review", "round-1", "round-2"]);
    expect(first.applications.filter((a) => a.roundId === first.rounds[0]!.id)).toHaveLength(6);

    await seedDemoP2P(db, now);
    await seedDemoP2P(db, new Date(now.getTime() + 3 * DAY));
    await seedDemo(db, now);
    expect(await p2pRows()).toEqual(first);
  });

  it("is an open round marked as a demo, dated from the seeding day, with Round 2's rates for up to two people", async () => {
    const demo = await round(DEMO_ROUND_SLUG);
    expect(demo.name).toMatch(/demo/i);
    expect(demo.summary).toMatch(/demo round/i);
    const days = (d: Date | null) => (d!.getTime() - today.getTime()) / DAY;
    expect([days(demo.opensOn), days(demo.closesOn), days(demo.exchangesFrom), days(demo.exchangesUntil)]).toEqual([-14, 45, 60, 240]);
    expect(demo).toMatchObject({
      status: "published", timeZone: "Europe/Brussels", periodPrecision: "day", maxStayDays: 5, peoplePerExchange: 2,
      travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000,
      budgetCents: 2_000_000, hostAnswerDays: 14, membershipRequired: true,
    });
    expect(demo.countries).toEqual([...PROGRAMME_COUNTRIES_CURRENT]);
    expect(roundWindow(demo, now).state).toBe("open");
    expect((await currentRound(now))?.slug).toBe(DEMO_ROUND_SLUG);
  });

  it("holds one application in each state, each with the requests its state implies", async () => {
    const demo = await round(DEMO_ROUND_SLUG);
    const applications = await db.p2PApplication.findMany({
      where: { roundId: demo.id },
      include: { hostRequests: { orderBy: { createdAt: "asc" } }, applicant: { select: { email: true } } },
    });
    expect(applications.map((a) => a.status).sort()).toEqual(["draft", "host_accepted", "host_declined", "host_lapsed", "submitted", "withdrawn"]);
    const byStatus = Object.fromEntries(applications.map((a) => [a.status, a]));
    const requests = (status: string) => byStatus[status]!.hostRequests.map((r) => r.status);
    expect(requests("draft")).toEqual([]);
    expect(requests("submitted")).toEqual(["pending"]);
    expect(requests("host_accepted")).toEqual(["accepted"]);
    expect(requests("host_declined")).toEqual(["declined"]);
    expect(requests("host_lapsed")).toEqual(["lapsed"]);
    expect(requests("withdrawn")).toEqual(["cancelled"]);
    expect(byStatus.host_declined!.hostRequests[0]!.message).toBeTruthy();
    expect(byStatus.withdrawn!.withdrawnAt).not.toBeNull();
    expect(byStatus.draft!.submittedAt).toBeNull();
    // The live ones are three people's; member@echn.test has none and can apply.
    const live = applications.filter((a) => (LIVE_APPLICATION_STATUSES as readonly string[]).includes(a.status)).map((a) => a.applicant.email);
    expect(new Set(live).size).toBe(3);
    expect(live).not.toContain("member@echn.test");
    expect(new Set(applications.map((a) => a.applicantId)).size).toBe(6);
  });

  it("copies the round's rates onto each application, with the grant computeGrant gives", async () => {
    const demo = await round(DEMO_ROUND_SLUG);
    const rates = roundRates(demo)!;
    for (const a of await db.p2PApplication.findMany({ where: { roundId: demo.id } })) {
      expect(a, a.id).toMatchObject({ ...rates, grantCents: computeGrant(rates, stayDays(a.startsOn, a.endsOn), a.people).grantCents });
      expect(a.people === 2, a.id).toBe(a.partnerName !== null && a.partnerEmail !== null);
    }
  });

  it("dates every step in order, inside the window, with each request due after the round's days to answer", async () => {
    const demo = await round(DEMO_ROUND_SLUG);
    const applications = await db.p2PApplication.findMany({ where: { roundId: demo.id }, include: { hostRequests: true } });
    const opened = isoDate(demo.opensOn!);
    for (const a of applications) {
      expect(todayIn(demo.timeZone, a.createdAt) >= opened, `${a.id} created in the window`).toBe(true);
      expect(a.createdAt <= (a.submittedAt ?? a.updatedAt) && a.updatedAt <= now, a.id).toBe(true);
      for (const r of a.hostRequests) {
        expect(r.createdAt, a.id).toEqual(a.submittedAt);
        expect(r.dueAt.getTime() - r.createdAt.getTime(), a.id).toBe(14 * DAY);
        if (r.answeredAt) expect(r.createdAt < r.answeredAt && r.answeredAt < r.dueAt && r.answeredAt <= now, a.id).toBe(true);
        if (r.status === "pending") expect(r.dueAt > now, a.id).toBe(true);
        if (r.status === "lapsed") expect(r.dueAt <= now && r.answeredAt === null, a.id).toBe(true);
      }
      if (a.withdrawnAt) expect(a.submittedAt! < a.withdrawnAt && a.withdrawnAt <= now, a.id).toBe(true);
    }
  });

  it("passes the scheme's own rules: member hubs of the applicants, hosts abroad with a place, dates and people within the round", async () => {
    await expectWithinTheScheme(await round(DEMO_ROUND_SLUG));
  });

  it("has six hosts in six countries, open to exchanges, one with no place left, their places counted from the accepted requests", async () => {
    const demo = await round(DEMO_ROUND_SLUG);
    const offers = await db.p2PHostOffer.findMany({ where: { roundId: demo.id }, include: { hub: { select: { countryCode: true, openToExchanges: true, status: true, owners: true } } } });
    expect(offers).toHaveLength(6);
    expect(new Set(offers.map((o) => o.hub.countryCode)).size).toBe(6);
    for (const o of offers) {
      expect(o.hub).toMatchObject({ openToExchanges: true, status: "published" });
      expect(o.hub.owners.length).toBeGreaterThan(0);
      expect(demo.countries).toContain(o.hub.countryCode);
      const accepted = await db.p2PHostRequest.count({ where: { hostHubId: o.hubId, status: "accepted", application: { roundId: demo.id } } });
      expect(o.placesTaken).toBe(accepted);
    }
    expect(offers.filter((o) => o.placesTaken === o.places)).toHaveLength(1);
  });

  it("lets member@echn.test apply from a member hub, and member2@echn.test answer a request as a host", async () => {
    const demo = await round(DEMO_ROUND_SLUG);
    const member = await db.user.findUniqueOrThrow({
      where: { email: "member@echn.test" },
      include: { hubs: { include: { hub: { select: { id: true, countryCode: true, status: true, membership: true } } } } },
    });
    const ready = member.hubs.filter(({ hub }) => checkVisitingHub(demo, { ...hub, owned: true, member: hub.membership !== null }) === null);
    expect(ready.length).toBeGreaterThan(0);

    const member2 = await db.user.findUniqueOrThrow({ where: { email: "member2@echn.test" }, select: { hubs: { select: { hubId: true } } } });
    const pending = await db.p2PHostRequest.findMany({ where: { status: "pending", hostHubId: { in: member2.hubs.map((h) => h.hubId) } } });
    expect(pending).toHaveLength(1);
  });

  it("leaves one request to join the network waiting for staff, from a hub that is not yet a member", async () => {
    const requests = await db.hubMembershipRequest.findMany({ include: { hub: { select: { membership: true, owners: true } } } });
    expect(requests.map((r) => r.status)).toEqual(["pending"]);
    expect(requests[0]!.hub.membership).toBeNull();
    expect(requests[0]!.hub.owners.map((o) => o.userId)).toContain(requests[0]!.userId);
    expect(await db.hubMembership.count()).toBe(8);
  });
});
