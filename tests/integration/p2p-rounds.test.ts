// Staff create, edit, publish and move P2P rounds through their states: each change is
// audited, a refused form or a refused person changes nothing, publishing needs what
// applicants read, and applications keep the rates they were made with.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import type { P2PApplicationStatus } from "@/lib/generated/prisma/enums";
import { createRound, decideRound, publishRound, updateRound } from "@/lib/p2p/rounds/commands";
import { getRoundForStaff, listRoundsForStaff, roundChoicesForStaff } from "@/lib/p2p/rounds/admin-queries";
import { roundSchema, type RoundInput } from "@/lib/p2p/rounds/schema";
import { createOpenRound, createHost, createMemberHub, dayFrom } from "./p2p-fixtures";
import { createUser } from "./helpers";

type TestUser = Awaited<ReturnType<typeof createUser>>;

const suffix = () => randomBytes(4).toString("hex");
const refusal = (key: string, values?: Record<string, unknown>) => expect.objectContaining({ text: values ? { key, values: expect.objectContaining(values) } : { key } });

/** A complete round as the form gives it (Round 2's facts), with `over` changed. */
const input = (over: Record<string, unknown> = {}): RoundInput =>
  roundSchema(false).parse({
    name: `Test Round ${suffix()}`,
    summary: "Hub staff spend a few days in a hub in another country.",
    opensOn: "2031-03-27",
    closesOn: "2031-04-23",
    timeZone: "Europe/Brussels",
    exchangesFrom: "2031-05-01",
    exchangesUntil: "2031-09-17",
    periodPrecision: "day",
    maxStayDays: "5",
    peoplePerExchange: "1",
    travelRate: "350",
    dailyRate: "165",
    hostGrant: "500",
    maxGrant: "1175",
    hostAnswerDays: "14",
    membershipRequired: "on",
    countries: ["PT", "NL", "RS"],
    ...over,
  });

const roundRow = (id: string) => db.p2PRound.findUniqueOrThrow({ where: { id } });
const auditOf = (id: string) => db.auditEvent.findMany({ where: { targetType: "p2p-round", targetId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

let staff: TestUser;
let admin: TestUser;
let member: TestUser;

beforeAll(async () => {
  [staff, admin, member] = await Promise.all([createUser({ role: "staff" }), createUser({ role: "admin" }), createUser()]);
});

/** A round as staff's list shows it, on whichever page it falls (other test files add rounds at the same time). */
async function listedRound(actor: Parameters<typeof listRoundsForStaff>[0], id: string) {
  for (let page = 1; ; page++) {
    const { rounds, pages } = await listRoundsForStaff(actor, { page });
    const found = rounds.find((r) => r.id === id);
    if (found || page >= pages) return found;
  }
}

describe("createRound", () => {
  it("creates a draft with its slug from its name, in cents, and audits it", async () => {
    const name = `Round Três ${suffix()}`;
    const round = await createRound(staff.actor, input({ name, budget: "20,000" }));
    const row = await roundRow(round.id);
    expect(row).toMatchObject({ status: "draft", publishedAt: null, name, travelRateCents: 35_000, maxGrantCents: 117_500, budgetCents: 2_000_000, countries: ["NL", "PT", "RS"] });
    expect(row.slug).toBe(name.toLowerCase().replace("ê", "e").replace(/ /g, "-"));
    const audit = await auditOf(round.id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["p2p.round.created", staff.id]]);
    expect(audit[0]!.data).toEqual({ name, slug: row.slug });
  });

  it("gives rounds of one name their own slugs, even when saved at the same moment", async () => {
    const name = `Same Round ${suffix()}`;
    const rounds = await Promise.all(Array.from({ length: 3 }, () => createRound(staff.actor, input({ name }))));
    const base = name.toLowerCase().replace(/ /g, "-");
    expect(rounds.map((r) => r.slug).sort()).toEqual([base, `${base}-2`, `${base}-3`]);
  });

  it("keeps clear of the pages under /p2p", async () => {
    expect((await createRound(staff.actor, input({ name: "Apply" }))).slug).toMatch(/^apply-round(-\d+)?$/);
  });

  it("is refused to a visitor and a member, saving nothing", async () => {
    const name = `Refused Round ${suffix()}`;
    for (const actor of [null, member.actor]) await expect(createRound(actor, input({ name }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.p2PRound.count({ where: { name } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "p2p.round.created", data: { path: ["name"], equals: name } } })).toBe(0);
  });
});

describe("updateRound", () => {
  it("saves the changes with each changed field in the audit log (values before and after, long texts by name)", async () => {
    const round = await createRound(staff.actor, input());
    const saved = await updateRound(admin.actor, round.id, input({ name: (await roundRow(round.id)).name, travelRate: "400", summary: "Another summary of the round.", countries: ["PT"] }));
    expect(saved).toMatchObject({ changed: 3, published: false, status: "draft" });
    expect(await roundRow(round.id)).toMatchObject({ travelRateCents: 40_000, countries: ["PT"] });
    const audit = await auditOf(round.id);
    expect(audit.map((a) => a.action)).toEqual(["p2p.round.created", "p2p.round.updated"]);
    expect(audit[1]).toMatchObject({ actorId: admin.id, data: { changes: ["summary", { field: "travelRateCents", before: 35_000, after: 40_000 }, { field: "countries", before: ["NL", "PT", "RS"], after: ["PT"] }] } });
  });

  it("records nothing when nothing changed", async () => {
    const round = await createRound(staff.actor, input());
    const same = input({ name: (await roundRow(round.id)).name });
    expect(await updateRound(staff.actor, round.id, same)).toMatchObject({ changed: 0 });
    expect((await auditOf(round.id)).map((a) => a.action)).toEqual(["p2p.round.created"]);
  });

  it("lets the slug follow the name until the round is first published, then keeps it", async () => {
    const round = await createRound(staff.actor, input());
    const renamed = `Renamed Round ${suffix()}`;
    const saved = await updateRound(staff.actor, round.id, input({ name: renamed }));
    expect(saved.slug).toBe(renamed.toLowerCase().replace(/ /g, "-"));
    await publishRound(staff.actor, round.id);
    const again = await updateRound(staff.actor, round.id, input({ name: `Later Name ${suffix()}` }));
    expect(again.slug).toBe(saved.slug);
  });

  it("edits a published round, and the applications made keep the rates they copied", async () => {
    const round = await createOpenRound();
    const host = await createHost(round.id);
    const { hub, owner } = await createMemberHub({ countryCode: "NL" });
    const application = await db.p2PApplication.create({
      data: {
        roundId: round.id, applicantId: owner!.id, visitingHubId: hub.id, hostHubId: host.hub.id, status: "submitted", role: "Director",
        startsOn: dayFrom(40), endsOn: dayFrom(44), travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000, grantCents: 117_500,
      },
    });
    const edit = input({ name: round.name, travelRate: "500", dailyRate: "200", maxGrant: "1500", countries: round.countries });
    expect(await updateRound(staff.actor, round.id, edit)).toMatchObject({ status: "published" });
    expect(await roundRow(round.id)).toMatchObject({ travelRateCents: 50_000, dailyRateCents: 20_000, maxGrantCents: 150_000 });
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ travelRateCents: 35_000, dailyRateCents: 16_500, grantCents: 117_500 });
  });

  it("refuses to take from a published round what applicants read, beside the field, saving nothing", async () => {
    const round = await createOpenRound();
    await expect(updateRound(staff.actor, round.id, input({ name: round.name, maxGrant: "", travelRate: "999" }))).rejects.toEqual(
      expect.objectContaining({ field: "maxGrant", text: { key: "staff.p2p.rounds.errors.publish.maxGrant" } }),
    );
    expect(await roundRow(round.id)).toMatchObject({ maxGrantCents: 117_500, travelRateCents: 35_000 });
    expect(await auditOf(round.id)).toEqual([]);
  });

  it("corrects a closed round whose sources are silent: its unknowns stay unknown", async () => {
    const round = await createOpenRound({ status: "closed", travelRateCents: null, dailyRateCents: null, maxGrantCents: null, hostGrantCents: null, budgetCents: null });
    const saved = await updateRound(staff.actor, round.id, input({ name: round.name, summary: "Round 1: September 2016 to January 2017.", travelRate: "", dailyRate: "", maxGrant: "", hostGrant: "" }));
    expect(saved.status).toBe("closed");
    expect(await roundRow(round.id)).toMatchObject({ summary: "Round 1: September 2016 to January 2017.", travelRateCents: null, budgetCents: null });
  });

  it("publishes with the save, in one transaction: a round lacking a fact is neither saved nor published", async () => {
    const round = await createRound(staff.actor, input({ hostAnswerDays: "" }));
    const name = (await roundRow(round.id)).name;
    await expect(updateRound(staff.actor, round.id, input({ name, summary: "Changed, then refused.", hostAnswerDays: "" }), { publish: true })).rejects.toEqual(
      expect.objectContaining({ field: "hostAnswerDays", text: { key: "staff.p2p.rounds.errors.publish.hostAnswerDays" } }),
    );
    expect(await roundRow(round.id)).toMatchObject({ status: "draft", summary: "Hub staff spend a few days in a hub in another country.", publishedAt: null });
    expect((await auditOf(round.id)).map((a) => a.action)).toEqual(["p2p.round.created"]);

    const published = await updateRound(staff.actor, round.id, input({ name }), { publish: true });
    expect(published).toMatchObject({ status: "published", published: true, changed: 1 });
    expect((await auditOf(round.id)).map((a) => a.action)).toEqual(["p2p.round.created", "p2p.round.updated", "p2p.round.published"]);
  });

  it("is refused to a member and for a round that does not exist", async () => {
    const round = await createRound(staff.actor, input());
    await expect(updateRound(member.actor, round.id, input({ name: "Taken over" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateRound(staff.actor, `missing${suffix()}`, input())).rejects.toBeInstanceOf(NotFoundError);
    expect((await roundRow(round.id)).name).not.toBe("Taken over");
  });
});

describe("the round's states", () => {
  it("refuses to publish a draft missing what applicants need, naming the first missing field", async () => {
    const round = await createRound(staff.actor, input({ opensOn: "", countries: [] }));
    await expect(publishRound(staff.actor, round.id)).rejects.toEqual(expect.objectContaining({ field: "opensOn", text: { key: "staff.p2p.rounds.errors.publish.opensOn" } }));
    expect(await roundRow(round.id)).toMatchObject({ status: "draft", publishedAt: null });
    expect((await auditOf(round.id)).map((a) => a.action)).toEqual(["p2p.round.created"]);
  });

  it("moves draft → published → in review → results released → closed, each audited with its states", async () => {
    const round = await createRound(staff.actor, input());
    expect((await publishRound(staff.actor, round.id)).status).toBe("published");
    const publishedAt = (await roundRow(round.id)).publishedAt;
    expect(publishedAt).toBeInstanceOf(Date);
    expect((await decideRound(staff.actor, round.id, "startReview")).status).toBe("in_review");
    expect((await decideRound(admin.actor, round.id, "releaseResults")).status).toBe("results_released");
    expect((await decideRound(staff.actor, round.id, "close")).status).toBe("closed");
    const audit = await auditOf(round.id);
    expect(audit.map((a) => [a.action, a.data])).toEqual([
      ["p2p.round.created", expect.anything()],
      ["p2p.round.published", { from: "draft", to: "published", message: null, name: expect.any(String) }],
      ["p2p.round.review-started", expect.objectContaining({ from: "published", to: "in_review" })],
      ["p2p.round.results-released", expect.objectContaining({ from: "in_review", to: "results_released" })],
      ["p2p.round.closed", expect.objectContaining({ from: "results_released", to: "closed" })],
    ]);
  });

  it("refuses a move the workflow does not allow from the state, with the reason and nothing changed", async () => {
    const round = await createRound(staff.actor, input());
    await expect(decideRound(staff.actor, round.id, "releaseResults")).rejects.toEqual(refusal("staff.p2p.rounds.cannot", { decision: "releaseResults", status: "draft" }));
    await publishRound(staff.actor, round.id);
    await expect(publishRound(staff.actor, round.id)).rejects.toEqual(refusal("staff.p2p.rounds.cannot", { decision: "publish", status: "published" }));
    await decideRound(staff.actor, round.id, "close");
    await expect(decideRound(staff.actor, round.id, "startReview")).rejects.toEqual(refusal("staff.p2p.rounds.cannot", { decision: "startReview", status: "closed" }));
    expect((await roundRow(round.id)).status).toBe("closed");
    expect((await auditOf(round.id)).map((a) => a.action)).toEqual(["p2p.round.created", "p2p.round.published", "p2p.round.closed"]);
  });

  it("takes a round back to draft only while nobody applied, keeping its first publication date", async () => {
    const round = await createRound(staff.actor, input());
    await publishRound(staff.actor, round.id);
    const first = (await roundRow(round.id)).publishedAt;
    expect((await decideRound(staff.actor, round.id, "unpublish")).status).toBe("draft");
    await publishRound(staff.actor, round.id);
    expect((await roundRow(round.id)).publishedAt).toEqual(first);

    const open = await createOpenRound();
    const host = await createHost(open.id);
    const { hub, owner } = await createMemberHub();
    await db.p2PApplication.create({
      data: {
        roundId: open.id, applicantId: owner!.id, visitingHubId: hub.id, hostHubId: host.hub.id, role: "Director", startsOn: dayFrom(40), endsOn: dayFrom(41),
        travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000, grantCents: 68_000,
      },
    });
    await expect(decideRound(staff.actor, open.id, "unpublish")).rejects.toEqual(refusal("staff.p2p.rounds.errors.unpublishApplied"));
    expect((await roundRow(open.id)).status).toBe("published");
    expect(await auditOf(open.id)).toEqual([]);
  });

  it("takes one of two moves at the same moment: the other is refused with the state it found", async () => {
    const round = await createRound(staff.actor, input());
    await publishRound(staff.actor, round.id);
    const results = await Promise.allSettled([decideRound(staff.actor, round.id, "startReview"), decideRound(admin.actor, round.id, "startReview")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(UserError);
    expect(refused.reason).toEqual(refusal("staff.p2p.rounds.cannot", { decision: "startReview", status: "in_review" }));
    expect((await auditOf(round.id)).filter((a) => a.action === "p2p.round.review-started")).toHaveLength(1);
  });

  it("is refused to a visitor and a member, the round unchanged", async () => {
    const round = await createRound(staff.actor, input());
    for (const actor of [null, member.actor]) {
      await expect(publishRound(actor, round.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(decideRound(actor, round.id, "close")).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await roundRow(round.id)).status).toBe("draft");
    expect((await auditOf(round.id)).map((a) => a.action)).toEqual(["p2p.round.created"]);
  });
});

describe("staff reads", () => {
  it("lists rounds with their applications counted by status, and shows one with every field", async () => {
    const round = await createOpenRound({ opensOn: dayFrom(3650) });
    const host = await createHost(round.id);
    const { hub, owner } = await createMemberHub();
    await db.p2PApplication.create({
      data: {
        roundId: round.id, applicantId: owner!.id, visitingHubId: hub.id, hostHubId: host.hub.id, status: "submitted", role: "Director", startsOn: dayFrom(40), endsOn: dayFrom(41),
        travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000, grantCents: 68_000,
      },
    });
    const listed = await listedRound(staff.actor, round.id);
    expect(listed).toMatchObject({ applications: { submitted: 1 }, _count: { hostOffers: 1 } });
    expect(await getRoundForStaff(staff.actor, round.id)).toMatchObject({ id: round.id, budgetCents: 2_000_000, applications: { submitted: 1 } });
    expect((await roundChoicesForStaff(staff.actor)).some((r) => r.id === round.id)).toBe(true);
  });

  it("counts the visiting and host grants of exchanges agreed by their hosts against the budget, and nothing else", async () => {
    const round = await createOpenRound();
    const host = await createHost(round.id, { places: 3 });
    const grants: [P2PApplicationStatus, number][] = [["host_accepted", 68_000], ["host_accepted", 117_500], ["submitted", 50_000], ["withdrawn", 40_000], ["draft", 30_000]];
    for (const [status, grantCents] of grants) {
      const { hub, owner } = await createMemberHub();
      await db.p2PApplication.create({
        data: {
          roundId: round.id, applicantId: owner!.id, visitingHubId: hub.id, hostHubId: host.hub.id, status, role: "Director", startsOn: dayFrom(40), endsOn: dayFrom(41),
          travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000, grantCents,
        },
      });
    }
    const committed = { cents: 68_000 + 117_500 + 2 * 50_000, exchanges: 2 };
    expect(await getRoundForStaff(staff.actor, round.id)).toMatchObject({ budgetCents: 2_000_000, committed });
    expect(await listedRound(staff.actor, round.id)).toMatchObject({ budgetCents: 2_000_000, committed });
    const empty = await createOpenRound({ budgetCents: null });
    expect(await getRoundForStaff(staff.actor, empty.id)).toMatchObject({ budgetCents: null, committed: { cents: 0, exchanges: 0 } });
  });

  it("is refused to a visitor and a member", async () => {
    const round = await createOpenRound();
    for (const actor of [null, member.actor]) {
      await expect(listRoundsForStaff(actor, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(getRoundForStaff(actor, round.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(roundChoicesForStaff(actor)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
