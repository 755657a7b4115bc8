// Staff read P2P applications across rounds: filtered by round, status, the visiting hub's
// country and the host, a page at a time; one with everything (accessibility needs included)
// and every host it asked; and the same filtered rows as CSV. Nobody else may.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { P2PApplicationStatus, TravelMode } from "@/lib/generated/prisma/enums";
import { getApplicationForStaff, hostChoicesForStaff, listApplicationsForStaff, staffApplicationFilterSchema } from "@/lib/p2p/applications/admin-queries";
import { applicationsCsv } from "@/lib/p2p/applications/export";
import { listAuditEvents } from "@/lib/users/queries";
import { createHost, createMemberHub, createOpenRound, dayFrom } from "./p2p-fixtures";
import { createUser } from "./helpers";

type TestUser = Awaited<ReturnType<typeof createUser>>;
type Round = Awaited<ReturnType<typeof createOpenRound>>;
type Host = Awaited<ReturnType<typeof createHost>>;

const suffix = () => randomBytes(4).toString("hex");

/** An application made by the owner of a new member hub in `country`, to `host`, written directly. */
async function apply(round: Round, host: Host, opts: { country?: string; status?: P2PApplicationStatus; name?: string; needs?: string; travel?: TravelMode } = {}) {
  const applicant = await createUser({ name: opts.name ?? `Applicant ${suffix()}` });
  const { hub } = await createMemberHub({ ownerId: applicant.id, countryCode: opts.country ?? "NL" });
  const application = await db.p2PApplication.create({
    data: {
      roundId: round.id, applicantId: applicant.id, visitingHubId: hub.id, hostHubId: host.hub.id, status: opts.status ?? "submitted", role: "Director",
      startsOn: dayFrom(40), endsOn: dayFrom(44), people: 1, aim: "both", plan: ["Arrive and meet the team", "Workshop"], visitorGains: "Ideas", hostGains: "Contacts",
      sharing: "A closing evening", travelMode: opts.travel ?? "train", accessibilityNeeds: opts.needs ?? null,
      travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000, grantCents: 117_500, submittedAt: new Date(),
    },
  });
  return { application, applicant, hub };
}

let staff: TestUser;
let member: TestUser;
let round: Round;
let other: Round;
let porto: Host;
let madrid: Host;
let dutch: Awaited<ReturnType<typeof apply>>;
let german: Awaited<ReturnType<typeof apply>>;
let declined: Awaited<ReturnType<typeof apply>>;
let elsewhere: Awaited<ReturnType<typeof apply>>;

beforeAll(async () => {
  [staff, member, round, other] = await Promise.all([createUser({ role: "staff" }), createUser(), createOpenRound(), createOpenRound()]);
  [porto, madrid] = await Promise.all([createHost(round.id, { countryCode: "PT" }), createHost(round.id, { countryCode: "ES" })]);
  dutch = await apply(round, porto, { country: "NL", needs: "Step-free access, please.", name: "=HYPERLINK(\"https://example.org\")" });
  german = await apply(round, madrid, { country: "DE" });
  declined = await apply(round, porto, { country: "DE", status: "host_declined", travel: "plane" });
  elsewhere = await apply(other, porto, { country: "NL" });
  await db.p2PHostRequest.createMany({
    data: [
      { applicationId: declined.application.id, hostHubId: madrid.hub.id, status: "declined", dueAt: dayFrom(10), message: "We are closed in May.", answeredById: madrid.owner.id, answeredAt: new Date(Date.now() - 60_000), createdAt: new Date(Date.now() - 120_000) },
      { applicationId: declined.application.id, hostHubId: porto.hub.id, status: "declined", dueAt: dayFrom(14), message: "Full, sorry.", answeredById: porto.owner.id, answeredAt: new Date() },
    ],
  });
});

const idsOf = (list: { id: string }[]) => list.map((a) => a.id).sort();

describe("the staff list of applications", () => {
  it("filters by round, status, the visiting hub's country and the host, newest first", async () => {
    const inRound = await listApplicationsForStaff(staff.actor, { round: round.id, page: 1 });
    expect(inRound.total).toBe(3);
    expect(inRound.applications.map((a) => a.id)).toEqual([declined.application.id, german.application.id, dutch.application.id]);
    expect(inRound.applications[2]).toMatchObject({ applicant: { name: dutch.applicant.name }, visitingHub: { countryCode: "NL" }, hostHub: { id: porto.hub.id }, people: 1, travelMode: "train", grantCents: 117_500, round: { name: round.name } });

    expect(idsOf((await listApplicationsForStaff(staff.actor, { round: round.id, status: "host_declined", page: 1 })).applications)).toEqual([declined.application.id]);
    expect(idsOf((await listApplicationsForStaff(staff.actor, { round: round.id, country: "DE", page: 1 })).applications)).toEqual(idsOf([german.application, declined.application]));
    expect(idsOf((await listApplicationsForStaff(staff.actor, { round: round.id, host: porto.hub.id, page: 1 })).applications)).toEqual(idsOf([dutch.application, declined.application]));
    expect(idsOf((await listApplicationsForStaff(staff.actor, { host: porto.hub.id, country: "NL", page: 1 })).applications)).toEqual(idsOf([dutch.application, elsewhere.application]));
    expect((await listApplicationsForStaff(staff.actor, { round: round.id, country: "NL", status: "withdrawn", page: 1 })).total).toBe(0);
  });

  it("reads its filters from the address, dropping what it does not know", () => {
    expect(staffApplicationFilterSchema.parse({ round: round.id, status: "host_accepted", country: "PT", host: porto.hub.id, page: "2" })).toEqual({
      round: round.id, status: "host_accepted", country: "PT", host: porto.hub.id, page: 2,
    });
    expect(staffApplicationFilterSchema.parse({ round: "'; DROP TABLE", status: "approved", country: "US", host: "", page: "-1" })).toEqual({
      round: undefined, status: undefined, country: undefined, host: undefined, page: 1,
    });
  });

  it("offers as hosts the hubs hosting or asked in the round", async () => {
    const hosts = await hostChoicesForStaff(staff.actor, round.id);
    expect(idsOf(hosts)).toEqual(idsOf([porto.hub, madrid.hub]));
  });

  it("shows one application with everything, accessibility needs included, and every host it asked in order", async () => {
    const shown = await getApplicationForStaff(staff.actor, dutch.application.id);
    expect(shown).toMatchObject({ accessibilityNeeds: "Step-free access, please.", plan: ["Arrive and meet the team", "Workshop"], applicant: { email: dutch.applicant.email }, round: { id: round.id } });
    const history = await getApplicationForStaff(staff.actor, declined.application.id);
    expect(history.hostRequests.map((r) => [r.hostHub.id, r.status, r.message, r.answeredBy?.name])).toEqual([
      [madrid.hub.id, "declined", "We are closed in May.", madrid.owner.name],
      [porto.hub.id, "declined", "Full, sorry.", porto.owner.name],
    ]);
  });

  it("is refused to a visitor, a member, the applicant and the host's owner", async () => {
    for (const actor of [null, member.actor, dutch.applicant.actor, porto.owner.actor]) {
      await expect(listApplicationsForStaff(actor, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(getApplicationForStaff(actor, dutch.application.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(hostChoicesForStaff(actor, undefined)).rejects.toBeInstanceOf(NotFoundError);
      await expect(applicationsCsv(actor, {})).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getApplicationForStaff(staff.actor, `missing${suffix()}`)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the CSV export", () => {
  it("holds the rows the list shows with the same filters, each answer in its column, amounts in euros", async () => {
    const { csv, filename, rows } = await applicationsCsv(staff.actor, { round: round.id, host: porto.hub.id }, new Date("2027-01-31T10:00:00Z"));
    expect(filename).toBe("p2p-applications-2027-01-31.csv");
    expect(rows).toBe(2);
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe(
      "id,round,status,applicant,applicant_email,role,visiting_hub,visiting_country,host_hub,host_country,starts_on,ends_on,people,partner_name,partner_role,partner_email,aim,travel_mode,green_travel,travel_rate_eur,daily_rate_eur,grant_eur,host_grant_eur,accessibility_needs,submitted_at,created_at",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`${declined.application.id},${round.name},host_declined,`);
    expect(lines[1]).toContain(",both,plane,false,350.00,");
    expect(lines[2]).toContain(`,${dutch.applicant.email},Director,${dutch.hub.name},NL,${porto.hub.name},PT,`);
    expect(lines[2]).toContain(",both,train,true,350.00,165.00,1175.00,500.00,\"Step-free access, please.\",");
    expect(csv).not.toContain(german.application.id);
    expect(csv).not.toContain(elsewhere.application.id);
  });

  it("writes text a spreadsheet would run as a formula as text", async () => {
    const { csv } = await applicationsCsv(staff.actor, { round: round.id, country: "NL" });
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});

describe("the audit log", () => {
  it("names the P2P records its rows are about: an application by its applicant, a hosting offer and a membership request by their hub, a round by its name", async () => {
    const request = await db.hubMembershipRequest.create({ data: { hubId: dutch.hub.id, userId: dutch.applicant.id, kind: "regular", message: "We meet the criteria.", status: "declined" } });
    await db.auditEvent.createMany({
      data: [
        { actorId: staff.id, action: "p2p.application.withdrawn", targetType: "p2p-application", targetId: dutch.application.id },
        { actorId: staff.id, action: "p2p.host.updated", targetType: "p2p-host-offer", targetId: porto.offer.id },
        { actorId: staff.id, action: "hub.membership-declined", targetType: "hub-membership-request", targetId: request.id },
        { actorId: staff.id, action: "p2p.round.updated", targetType: "p2p-round", targetId: round.id },
      ],
    });
    const { events } = await listAuditEvents(staff.actor, { page: 1, person: staff.email });
    const named = Object.fromEntries(events.map((e) => [e.targetType, { name: e.targetName, hub: e.targetHubId }]));
    expect(named).toEqual({
      "p2p-application": { name: dutch.applicant.name, hub: null },
      "p2p-host-offer": { name: porto.hub.name, hub: porto.hub.id },
      "hub-membership-request": { name: dutch.hub.name, hub: dutch.hub.id },
      "p2p-round": { name: round.name, hub: null },
    });
    const filtered = await listAuditEvents(staff.actor, { page: 1, person: staff.email, target: "p2p-round" });
    expect(filtered.events.map((e) => e.targetId)).toEqual([round.id]);
  });
});
