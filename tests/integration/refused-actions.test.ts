// The forms' actions as the wrong person sends them: a visitor (no session), a member, the
// other side of an exchange. Each action is called as the page's form calls it, with the
// session it would read from the cookie, and each refusal leaves the database as it was; then
// the rightful person's call does the thing (the control: the refusals came from the
// authorization, not from a malformed form). Only what needs a running Next server (the
// session cookie, redirects, the page cache) is replaced. That the HTTP boundary refuses too —
// a browser's captured request replayed with other cookies — is proven once per area in
// tests/e2e/*-refused.spec.ts, hub-owners.spec.ts and jobs.spec.ts.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/user";
import { publishEventAction } from "@/lib/events/actions";
import { submitApplicationAction } from "@/lib/events/applications/actions";
import { decideApplicationsAction } from "@/lib/events/review/actions";
import { initialFormState, type FormState } from "@/lib/form-state";
import { hubSnapshot } from "@/lib/hubs/rules";
import { approveHubAction } from "@/lib/hubs/moderation/actions";
import { snapshotVersion } from "@/lib/hubs/moderation/rules";
import { acceptHostRequestAction } from "@/lib/p2p/agreement/actions";
import { withdrawApplicationAction } from "@/lib/p2p/applications/actions";
import { startApplication, submitApplication, updateApplication } from "@/lib/p2p/applications/commands";
import { approveReportAction } from "@/lib/p2p/reports/actions";
import { decideRoundAction } from "@/lib/p2p/rounds/actions";
import { releaseResultsAction, setSelectionAction } from "@/lib/p2p/selection/actions";
import { countEmailsTo, createPublishedHub, createUser } from "./helpers";
import { createAcceptedApplication, createHost, createMemberHub, createOpenRound, createReviewRound, dayFrom } from "./p2p-fixtures";

const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", async (importOriginal) => ({ ...(await importOriginal<object>()), redirect: vi.fn() }));
vi.mock("@/i18n/navigation", () => ({ redirect: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en-GB" }));

type TestUser = Awaited<ReturnType<typeof createUser>>;
type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
/** Who sends the form: a name for the failure message, and their session (null: a visitor). */
type Sender = [who: string, actor: CurrentUser | null];

const NOT_FOUND = "forms.errors.notFound";
const tag = () => Math.random().toString(36).slice(2, 10);

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** Sends `fields` to `action` as each sender, expecting the refusal `code` in each answer. */
async function expectRefused(action: Action, fields: Record<string, string>, senders: Sender[], code = NOT_FOUND) {
  for (const [who, actor] of senders) {
    session.actor = actor;
    const state = await action(initialFormState, form(fields));
    expect(state, `the answer to ${who}`).toMatchObject({ ok: false, message: { key: code } });
  }
}

/** Sends `fields` to `action` as `actor`, expecting it done. */
async function expectDone(action: Action, fields: Record<string, string>, actor: CurrentUser) {
  session.actor = actor;
  const state = await action(initialFormState, form(fields));
  expect(state.message?.key ?? "no message", "the rightful person's answer").not.toMatch(/error|cannot|refus/i);
  expect(state.ok).toBe(true);
}

let staff: TestUser;
beforeAll(async () => {
  staff = await createUser({ role: "staff" });
});
beforeEach(() => {
  session.actor = null;
});

describe("events (was e2e event-admin-refused, event-apply-refused)", () => {
  const dayIn = (days: number) => dayFrom(days);
  const createEvent = (status: "draft" | "published", participation: "application" | "registration" = "application") =>
    db.event.create({
      data: {
        slug: `refused-${tag()}`, kind: "workshop", title: `Refused Workshop ${tag()}`, summary: "A workshop for the refused-access tests.",
        startsOn: dayIn(60), endsOn: dayIn(61), timeZone: "Europe/Lisbon", city: "Lisbon", countryCode: "PT", capacity: 3, participation, status,
        publishedAt: status === "published" ? new Date() : null,
      },
    });
  /** What staff actions change on an event and its applications. */
  const eventState = async (eventId: string) => ({
    event: await db.event.findUniqueOrThrow({ where: { id: eventId } }),
    applications: await db.eventApplication.findMany({ where: { eventId }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { OR: [{ targetId: eventId }, { targetType: "EventApplication", targetId: { in: (await db.eventApplication.findMany({ where: { eventId }, select: { id: true } })).map((a) => a.id) } }] } }),
  });

  it("publishing and accepting, sent by a visitor or a member, change nothing; staff's own do", async () => {
    const [member, applicant] = await Promise.all([createUser(), createUser()]);
    const draft = await createEvent("draft");
    const live = await createEvent("published");
    const application = await db.eventApplication.create({ data: { eventId: live.id, userId: applicant.id, status: "pending", role: "Programme lead", bring: "Our newsletter.", takeAway: "A plan." } });
    const publish = { eventId: draft.id };
    const accept = { eventId: live.id, decision: "accept", applications: `${application.id}@${application.updatedAt.toISOString()}`, back: "" };
    const before = { draft: await eventState(draft.id), live: await eventState(live.id), emails: await countEmailsTo(applicant.email) };

    const others: Sender[] = [["a visitor", null], ["a member", member.actor]];
    await expectRefused(publishEventAction, publish, others);
    await expectRefused(decideApplicationsAction, accept, others);
    expect(await eventState(draft.id)).toEqual(before.draft);
    expect(await eventState(live.id)).toEqual(before.live);
    expect(await countEmailsTo(applicant.email)).toBe(before.emails);

    await expectDone(publishEventAction, publish, staff.actor);
    expect((await db.event.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("published");
    await expectDone(decideApplicationsAction, accept, staff.actor);
    expect((await db.eventApplication.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("accepted");
  });

  it("registering, sent by a visitor, is refused with the reason and saves nothing; a member's registers", async () => {
    const event = await createEvent("published", "registration");
    const fields = { eventSlug: event.slug, role: "Host", bring: "Questions.", takeAway: "Answers." };
    const rows = () => db.eventApplication.findMany({ where: { eventId: event.id } });

    await expectRefused(submitApplicationAction, fields, [["a visitor", null]], "eventApplications.errors.signInToApply");
    expect(await rows()).toEqual([]);

    const member = await createUser();
    await expectDone(submitApplicationAction, fields, member.actor);
    expect((await rows()).map((r) => [r.userId, r.status])).toEqual([[member.id, "registered"]]);
  });
});

describe("hub moderation (was e2e hub-moderation-refused)", () => {
  it("approving, sent by a visitor or a member — the hub's owner included — changes nothing; staff's approves", async () => {
    const [owner, stranger] = await Promise.all([createUser(), createUser()]);
    const hub = await createPublishedHub({ ownerId: owner.id });
    await db.hub.update({ where: { id: hub.id }, data: { status: "pending", publishedAt: null } });
    const version = snapshotVersion(hubSnapshot(await db.hub.findUniqueOrThrow({ where: { id: hub.id } })));
    const fields = { hubId: hub.id, version };
    const state = async () => ({
      hub: await db.hub.findUniqueOrThrow({ where: { id: hub.id } }),
      owners: await db.hubOwner.count({ where: { hubId: hub.id } }),
      audit: await db.auditEvent.count({ where: { targetType: "hub", targetId: hub.id } }),
      emails: await countEmailsTo(owner.email),
    });
    const before = await state();

    await expectRefused(approveHubAction, fields, [["a visitor", null], ["another member", stranger.actor], ["the hub's owner", owner.actor]]);
    expect(await state()).toEqual(before);

    await expectDone(approveHubAction, fields, staff.actor);
    expect(await state()).toMatchObject({ hub: { status: "published" }, audit: before.audit + 1 });
  });
});

describe("P2P exchanges (was e2e p2p-refused)", () => {
  /** An application sent to a host in an open round, its request waiting for the host's answer; a second host in the round. */
  async function sentApplication() {
    const round = await createOpenRound();
    const { hub, owner } = await createMemberHub({ countryCode: "SI" });
    const [host, otherHost] = [await createHost(round.id, { places: 1 }), await createHost(round.id, { countryCode: "HR", places: 1 })];
    const applicant = owner!;
    const { id } = await startApplication(applicant.actor, { roundId: round.id, visitingHubId: hub.id, role: "Studio manager", hostHubId: host.hub.id, startsOn: dayFrom(40), endsOn: dayFrom(42), people: 1 });
    await updateApplication(applicant.actor, id, {
      role: "Studio manager", startsOn: dayFrom(40), endsOn: dayFrom(42), people: 1, partnerName: null, partnerRole: null, partnerEmail: null, aim: "share_knowledge",
      plan: ["Arrive and meet the team.", "A day in the workshop.", "A closing evening."], visitorGains: "New ways to run open days.", hostGains: "Our archive method.",
      sharing: "A talk at the closing evening.", travelMode: "train", accessibilityNeeds: null,
    });
    await submitApplication(applicant.actor, id);
    const request = await db.p2PHostRequest.findFirstOrThrow({ where: { applicationId: id, status: "pending" } });
    /** Everything a refused request could change: the application, its requests, the host's places, its audit and the three people's emails. */
    const state = async () => ({
      application: await db.p2PApplication.findUniqueOrThrow({ where: { id } }),
      requests: await db.p2PHostRequest.findMany({ where: { applicationId: id }, orderBy: { createdAt: "asc" } }),
      placesTaken: (await db.p2PHostOffer.findUniqueOrThrow({ where: { id: host.offer.id } })).placesTaken,
      audit: await db.auditEvent.count({ where: { targetId: id } }),
      emails: await db.outboxEmail.count({ where: { to: { in: [applicant.email, host.owner.email, otherHost.owner.email] } } }),
    });
    return { round, id, requestId: request.id, applicant, host, otherHost, state };
  }

  it("the host's accept, sent by another host's owner, the applicant or a visitor, is refused; the host's own accepts", async () => {
    const s = await sentApplication();
    const fields = { requestId: s.requestId, note: "Any week in spring suits us." };
    const before = await s.state();
    await expectRefused(acceptHostRequestAction, fields, [["another host's owner", s.otherHost.owner.actor], ["the applicant", s.applicant.actor], ["a visitor", null]]);
    expect(await s.state()).toEqual(before);

    await expectDone(acceptHostRequestAction, fields, s.host.owner.actor);
    expect(await s.state()).toMatchObject({ application: { status: "host_accepted" }, requests: [{ status: "accepted" }], placesTaken: 1 });
  });

  it("withdrawing, sent by another member, the host or a visitor, is refused; the applicant's own withdraws and gives the place back", async () => {
    const s = await sentApplication();
    session.actor = s.host.owner.actor;
    await acceptHostRequestAction(initialFormState, form({ requestId: s.requestId }));
    const fields = { applicationId: s.id };
    const before = await s.state();
    expect(before).toMatchObject({ application: { status: "host_accepted" }, placesTaken: 1 });

    await expectRefused(withdrawApplicationAction, fields, [["another member", s.otherHost.owner.actor], ["the host", s.host.owner.actor]]);
    await expectRefused(withdrawApplicationAction, fields, [["a visitor", null]], "p2pApply.errors.signIn");
    expect(await s.state()).toEqual(before);

    await expectDone(withdrawApplicationAction, fields, s.applicant.actor);
    expect(await s.state()).toMatchObject({ application: { status: "withdrawn" }, placesTaken: 0 });
  });

  it("closing a round, sent by a member hosting in it, an applicant or a visitor, is refused; staff's own closes it", async () => {
    const s = await sentApplication();
    const old = await createOpenRound({ opensOn: dayFrom(-90), closesOn: dayFrom(-60) });
    const fields = { roundId: old.id, decision: "close" };
    const state = async () => ({ round: await db.p2PRound.findUniqueOrThrow({ where: { id: old.id } }), audit: await db.auditEvent.count({ where: { targetId: old.id } }) });
    const before = await state();

    await expectRefused(decideRoundAction, fields, [["a member hosting in a round", s.otherHost.owner.actor], ["an applicant", s.applicant.actor], ["a visitor", null]]);
    expect(await state()).toEqual(before);

    await expectDone(decideRoundAction, fields, staff.actor);
    expect(await state()).toMatchObject({ round: { status: "closed" }, audit: before.audit + 1 });
  });
});

describe("P2P selection and reports (was e2e p2p-review-refused)", () => {
  it("selecting and releasing, sent by the host's owner, the applicant or a visitor, are refused; staff's own select and release", async () => {
    const round = await createReviewRound({ budgetCents: 500_000 });
    const s = await createAcceptedApplication(round.id);
    const others: Sender[] = [["the host's owner", s.host.owner.actor], ["the applicant", s.applicant.actor], ["a visitor", null]];
    const state = async () => ({
      round: await db.p2PRound.findUniqueOrThrow({ where: { id: round.id } }),
      application: await db.p2PApplication.findUniqueOrThrow({ where: { id: s.application.id } }),
      audit: await db.auditEvent.count({ where: { targetId: { in: [round.id, s.application.id] } } }),
      emails: await db.outboxEmail.count({ where: { to: { in: [s.applicant.email, s.host.owner.email] } } }),
    });

    const select = { roundId: round.id, decision: `${s.application.id} selected` };
    const beforeSelect = await state();
    expect(beforeSelect).toMatchObject({ application: { selection: null }, round: { committedCents: 0 } });
    await expectRefused(setSelectionAction, select, others);
    expect(await state()).toEqual(beforeSelect);
    await expectDone(setSelectionAction, select, staff.actor);
    expect(await state()).toMatchObject({ application: { selection: "selected" }, round: { committedCents: 167_500 } });

    const release = { roundId: round.id };
    const beforeRelease = await state();
    await expectRefused(releaseResultsAction, release, others);
    expect(await state()).toEqual(beforeRelease);
    await expectDone(releaseResultsAction, release, staff.actor);
    expect(await state()).toMatchObject({ round: { status: "results_released" }, application: { status: "selected" } });
  });

  it("approving a report, sent by the host's owner, the applicant or a visitor, is refused and drafts no story; staff's own approves", async () => {
    const round = await createReviewRound({ status: "results_released", resultsReleasedAt: new Date() });
    const s = await createAcceptedApplication(round.id);
    const id = s.application.id;
    await db.p2PApplication.update({ where: { id }, data: { status: "report_submitted", selection: "selected", selectionAt: new Date() } });
    await db.p2PReport.create({
      data: {
        applicationId: id, whatHappened: "Five days in the studio.", outcomes: "A shared residency format.", nextSteps: "A joint open call.",
        publicSummary: "Two hubs, one residency format.", evidence: ["travel_tickets"], submittedAt: new Date(),
      },
    });
    const state = async () => ({
      application: await db.p2PApplication.findUniqueOrThrow({ where: { id } }),
      report: await db.p2PReport.findUniqueOrThrow({ where: { applicationId: id } }),
      stories: await db.article.count({ where: { p2pApplicationId: id } }),
      audit: await db.auditEvent.count({ where: { targetId: id } }),
      emails: await countEmailsTo(s.applicant.email),
    });
    const before = await state();

    await expectRefused(approveReportAction, { applicationId: id }, [["the host's owner", s.host.owner.actor], ["the applicant", s.applicant.actor], ["a visitor", null]]);
    expect(await state()).toEqual(before);

    await expectDone(approveReportAction, { applicationId: id }, staff.actor);
    expect(await state()).toMatchObject({ application: { status: "report_approved" }, stories: 1 });
  });
});
