// Staff select a round's exchanges within its budget and release the results. The budget is
// the database's (a trigger counts the selected grants, a CHECK refuses going over), so five
// decisions at once select exactly what fits; a budget lowered below what is selected is
// refused beside its field; withdrawals, deletions and deleted accounts give their grants back.
// The release refuses while anything is undecided, then moves every application and queues
// every email at once, in each reader's language, as the outbox preview showed them. The
// ranking's arithmetic matches the rubric's functions, and its queries do not grow with the
// round. Members and host owners are refused, and nothing changes.
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { withdrawApplication } from "@/lib/p2p/applications/commands";
import { reviewerStats, zScore } from "@/lib/p2p/reviews/rubric";
import { updateRound } from "@/lib/p2p/rounds/commands";
import { roundFormValues, roundSchema } from "@/lib/p2p/rounds/schema";
import { promoteReserve, releaseResults, setSelection, swapSelection } from "@/lib/p2p/selection/commands";
import { rankingCsv } from "@/lib/p2p/selection/export";
import { outboxForStaff } from "@/lib/p2p/selection/outbox";
import { RANKING_PAGE_SIZE, rankingForStaff, swapChoicesForStaff } from "@/lib/p2p/selection/queries";
import type { SelectionChoice } from "@/lib/p2p/selection/rules";
import { createUser } from "./helpers";
import { createAcceptedApplication, createReviewRound } from "./p2p-fixtures";

type Staff = Awaited<ReturnType<typeof createUser>>;
type Round = Awaited<ReturnType<typeof createReviewRound>>;

/** One application's grants in the fixtures: EUR 1,175 visiting + EUR 500 host. */
const GRANTS = 167_500;

let staff: Staff;
beforeAll(async () => {
  staff = await createUser({ role: "staff" });
});

async function expectRefusal(promise: Promise<unknown>, key: string, values?: Record<string, unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).text).toMatchObject({ key, ...(values ? { values } : {}) });
  return error as UserError;
}

const roundRow = (id: string) => db.p2PRound.findUniqueOrThrow({ where: { id } });
const select = (roundId: string, applicationId: string, selection: SelectionChoice) => setSelection(staff.actor, { roundId, applicationId, selection });

async function applications(roundId: string, count: number) {
  const made = [];
  for (let i = 0; i < count; i++) made.push(await createAcceptedApplication(roundId));
  return made;
}

/** A submitted review of `applicationId` by `reviewerId` with its weighted total (scores left out: the ranking reads totals). */
async function review(roundId: string, applicationId: string, reviewerId: string, total: number, comment = "") {
  const assignment = await db.p2PAssignment.create({ data: { roundId, applicationId, reviewerId, status: "confirmed", confirmedAt: new Date() } });
  return db.p2PReview.create({ data: { assignmentId: assignment.id, roundId, applicationId, reviewerId, total, comment } });
}

/** Resolves once some transaction waits for a row lock (another holds it). */
async function someoneWaits() {
  for (let i = 0; i < 100; i++) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`SELECT count(*)::int AS "waiting" FROM pg_locks WHERE NOT granted AND locktype IN ('tuple', 'transactionid')`;
    if (row && row.waiting > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("nobody waited for a lock");
}

describe("the budget, kept by the database", () => {
  it("selects exactly what fits when five decisions arrive at once; the others are told what is left", async () => {
    const round = await createReviewRound({ budgetCents: 2 * GRANTS });
    const made = await applications(round.id, 5);
    const results = await Promise.allSettled(made.map(({ application }) => select(round.id, application.id, "selected")));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(UserError);
      expect((r.reason as UserError).text).toEqual({ key: "staff.p2p.selection.errors.overBudget", values: { exchange: expect.stringMatching(/. → ./), needed: GRANTS / 100, left: 0 } });
    }
    expect(await db.p2PApplication.count({ where: { roundId: round.id, selection: "selected" } })).toBe(2);
    const { committedCents, budgetCents } = await roundRow(round.id);
    expect(committedCents).toBe(2 * GRANTS);
    expect(committedCents).toBeLessThanOrEqual(budgetCents!);
    expect(await db.auditEvent.count({ where: { action: "p2p.application.selection-set", targetId: { in: made.map((m) => m.application.id) } } })).toBe(2);
  });

  it("refuses to select in a round without a budget, but takes the other decisions", async () => {
    const round = await createReviewRound({ budgetCents: null });
    const { application } = (await applications(round.id, 1))[0]!;
    await expectRefusal(select(round.id, application.id, "selected"), "staff.p2p.selection.errors.noBudget");
    await select(round.id, application.id, "reserve");
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id: application.id } })).selection).toBe("reserve");
  });

  it("refuses a budget lowered below the selected grants, beside the budget field, changing nothing", async () => {
    const round = await createReviewRound({ budgetCents: 3 * GRANTS });
    const [a, b] = await applications(round.id, 2);
    await select(round.id, a!.application.id, "selected");
    await select(round.id, b!.application.id, "selected");
    const form = (budget: string) => roundSchema(false).parse({ ...roundFormValues(round), budget });
    const error = await expectRefusal(updateRound(staff.actor, round.id, form("2000")), "staff.p2p.rounds.errors.budgetBelowCommitted", { committed: (2 * GRANTS) / 100 });
    expect(error.field).toBe("budget");
    // Without a budget, the CHECK would let the committed grants stand (NULL compares as unknown): refused too.
    expect((await expectRefusal(updateRound(staff.actor, round.id, form("")), "staff.p2p.rounds.errors.budgetBelowCommitted")).field).toBe("budget");
    expect(await roundRow(round.id)).toMatchObject({ budgetCents: 3 * GRANTS, committedCents: 2 * GRANTS });
    expect(await db.auditEvent.count({ where: { action: "p2p.round.updated", targetId: round.id } })).toBe(0);
    // Down to exactly what is selected is allowed.
    await updateRound(staff.actor, round.id, form(String((2 * GRANTS) / 100)));
    expect((await roundRow(round.id)).budgetCents).toBe(2 * GRANTS);
  });

  it("swaps a selected and a reserve application in one step, within the budget", async () => {
    const round = await createReviewRound({ budgetCents: GRANTS + 10_000 });
    const [a, b, c] = await applications(round.id, 3);
    await select(round.id, a!.application.id, "selected");
    await select(round.id, b!.application.id, "reserve");
    await select(round.id, c!.application.id, "reserve");
    await swapSelection(staff.actor, { roundId: round.id, selectedId: a!.application.id, reserveId: b!.application.id });
    const selections = async () => Object.fromEntries((await db.p2PApplication.findMany({ where: { roundId: round.id }, select: { id: true, selection: true } })).map((x) => [x.id, x.selection]));
    expect(await selections()).toEqual({ [a!.application.id]: "reserve", [b!.application.id]: "selected", [c!.application.id]: "reserve" });
    expect((await roundRow(round.id)).committedCents).toBe(GRANTS);
    expect(await db.auditEvent.count({ where: { action: "p2p.application.selection-swapped", targetId: { in: [a!.application.id, b!.application.id] } } })).toBe(2);
    // A reserve whose grants do not fit once the other is freed: refused, nothing swapped.
    await db.p2PApplication.update({ where: { id: c!.application.id }, data: { grantCents: 130_000 } });
    await expectRefusal(swapSelection(staff.actor, { roundId: round.id, selectedId: b!.application.id, reserveId: c!.application.id }), "staff.p2p.selection.errors.overBudget", {
      needed: 1_800,
      left: 100,
    });
    expect(await selections()).toEqual({ [a!.application.id]: "reserve", [b!.application.id]: "selected", [c!.application.id]: "reserve" });
    // Two selected ones are no swap.
    await expectRefusal(swapSelection(staff.actor, { roundId: round.id, selectedId: b!.application.id, reserveId: b!.application.id }), "staff.p2p.selection.errors.swapMismatch");
  });

  it("gives the grants back when a selected application is withdrawn, deleted, or its applicant's account is", async () => {
    const round = await createReviewRound({ budgetCents: 5 * GRANTS });
    const made = await applications(round.id, 4);
    for (const m of made) await select(round.id, m.application.id, "selected");
    expect((await roundRow(round.id)).committedCents).toBe(4 * GRANTS);
    await withdrawApplication(made[0]!.applicant.actor, made[0]!.application.id);
    expect((await roundRow(round.id)).committedCents).toBe(3 * GRANTS);
    await db.p2PApplication.delete({ where: { id: made[1]!.application.id } });
    expect((await roundRow(round.id)).committedCents).toBe(2 * GRANTS);
    await db.user.delete({ where: { id: made[2]!.applicant.id } });
    expect(await db.p2PApplication.count({ where: { id: made[2]!.application.id } })).toBe(0);
    expect((await roundRow(round.id)).committedCents).toBe(GRANTS);
    // A changed grant on a selected application is counted too.
    await db.p2PApplication.update({ where: { id: made[3]!.application.id }, data: { grantCents: 100_000 } });
    expect((await roundRow(round.id)).committedCents).toBe(150_000);
  });
});

describe("decisions beside the panel's writes", () => {
  /** Waits until some transaction waits for the round's row lock. */

  it("a decision taken while a reviewer saves a review of the same application: both go through, one after the other", async () => {
    const round = await createReviewRound({ budgetCents: 5 * GRANTS });
    const { application } = (await applications(round.id, 1))[0]!;
    const reviewer = await createUser();
    const assignment = await db.p2PAssignment.create({ data: { roundId: round.id, applicationId: application.id, reviewerId: reviewer.id, status: "confirmed", confirmedAt: new Date() } });
    let go!: () => void;
    const gate = new Promise<void>((resolve) => (go = resolve));
    let shared!: () => void;
    const roundShared = new Promise<void>((resolve) => (shared = resolve));
    // The reviewer's transaction in submitReview's order: the round's row FOR SHARE, then the review
    // row, whose foreign key takes a share lock on the application's row.
    const reviewing = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "P2PRound" WHERE "id" = ${round.id} FOR SHARE`;
      shared();
      await gate;
      await tx.p2PReview.create({ data: { assignmentId: assignment.id, roundId: round.id, applicationId: application.id, reviewerId: reviewer.id, total: 60, comment: "Solid." } });
    });
    await roundShared;
    const deciding = select(round.id, application.id, "selected");
    await someoneWaits();
    go();
    const [reviewed, decided] = await Promise.allSettled([reviewing, deciding]);
    expect(reviewed.status).toBe("fulfilled");
    expect(decided.status).toBe("fulfilled");
    expect(await db.p2PReview.count({ where: { assignmentId: assignment.id } })).toBe(1);
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id: application.id } })).selection).toBe("selected");
  });
});

describe("withdrawals of selected applications", () => {
  it("three at the same moment in one round all go through, each giving its grants back", async () => {
    const round = await createReviewRound({ budgetCents: 5 * GRANTS });
    const made = await applications(round.id, 3);
    for (const m of made) await select(round.id, m.application.id, "selected");
    const results = await Promise.allSettled(made.map((m) => withdrawApplication(m.applicant.actor, m.application.id)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    expect((await roundRow(round.id)).committedCents).toBe(0);
  });
});

describe("the release", () => {
  it("refuses while an application is undecided, then moves them all and queues every email in its reader's language, as previewed", async () => {
    const round = await createReviewRound({ budgetCents: 5 * GRANTS });
    const [chosen, reserve, refused] = await applications(round.id, 3);
    await db.user.update({ where: { id: chosen!.applicant.id }, data: { locale: "de" } });
    await db.user.update({ where: { id: refused!.host.owner.id }, data: { locale: "pt-PT" } });
    const reviewer = await createUser();
    await review(round.id, chosen!.application.id, reviewer.id, 82, "A clear plan with a strong closing event.");
    await review(round.id, refused!.application.id, reviewer.id, 31, "The plan does not say what the host gains.");
    await select(round.id, chosen!.application.id, "selected");
    await select(round.id, reserve!.application.id, "reserve");

    // Theirs only: other test files write emails at the same time.
    const people = [chosen, reserve, refused].flatMap((m) => [m!.applicant.email, m!.host.owner.email]);
    const emailsToThem = () => db.outboxEmail.count({ where: { to: { in: people } } });
    const outboxBefore = await emailsToThem();
    await expectRefusal(releaseResults(staff.actor, { roundId: round.id, withComments: true }), "staff.p2p.selection.errors.undecided", { count: 1 });
    expect(await roundRow(round.id)).toMatchObject({ status: "in_review", resultsReleasedAt: null });
    expect(await db.p2PApplication.count({ where: { roundId: round.id, status: "host_accepted" } })).toBe(3);

    await select(round.id, refused!.application.id, "not_selected");
    const preview = await outboxForStaff(staff.actor, round.id, { page: 1, withComments: true });
    expect(preview).toMatchObject({ decided: 3, undecided: 0 });
    expect(preview.letters).toHaveLength(6);
    expect(await emailsToThem()).toBe(outboxBefore);

    expect(await releaseResults(staff.actor, { roundId: round.id, withComments: true })).toEqual({ released: 3 });
    const after = await roundRow(round.id);
    expect(after.status).toBe("results_released");
    expect(after.resultsReleasedAt).toBeInstanceOf(Date);
    const status = async (id: string) => (await db.p2PApplication.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(chosen!.application.id), await status(reserve!.application.id), await status(refused!.application.id)]).toEqual(["selected", "reserve", "not_selected"]);
    expect(await db.auditEvent.count({ where: { action: { in: ["p2p.application.selected", "p2p.application.reserved", "p2p.application.not-selected"] }, targetId: { in: [chosen!.application.id, reserve!.application.id, refused!.application.id] } } })).toBe(3);

    // Every previewed email was queued, word for word.
    const queued = await db.outboxEmail.findMany({ where: { to: { in: people } }, select: { to: true, subject: true, text: true } });
    expect(queued).toHaveLength(6);
    expect(new Set(queued.map((e) => JSON.stringify(e)))).toEqual(new Set(preview.letters.map(({ to, subject, text }) => JSON.stringify({ to, subject, text }))));

    const mail = (to: string) => queued.find((e) => e.to === to)!;
    const selected = mail(chosen!.applicant.email);
    expect(selected.subject).toContain("Ausgewählt");
    expect(selected.text).toContain(`/de/account/p2p/applications/${chosen!.application.id}`);
    expect(selected.text).toContain("1.175");
    expect(selected.text).toContain("A clear plan with a strong closing event.");
    expect(mail(reserve!.applicant.email).subject).toMatch(/^Reserve list/);
    const notSelected = mail(refused!.applicant.email);
    expect(notSelected.text).toContain("did not select");
    expect(notSelected.text).toContain("The plan does not say what the host gains.");
    expect(mail(refused!.host.owner.email).subject).toMatch(/^Não selecionado/);
    expect(mail(chosen!.host.owner.email).text).not.toContain("A clear plan");

    await expectRefusal(releaseResults(staff.actor, { roundId: round.id, withComments: false }), "staff.p2p.rounds.cannot");
  });

  it("promotes a reserve after the release when the budget has room, and tells the applicant", async () => {
    const round = await createReviewRound({ budgetCents: GRANTS });
    const [a, b] = await applications(round.id, 2);
    await select(round.id, a!.application.id, "selected");
    await select(round.id, b!.application.id, "reserve");
    await expectRefusal(promoteReserve(staff.actor, { roundId: round.id, applicationId: b!.application.id }), "staff.p2p.selection.errors.promoteAfterRelease");
    await releaseResults(staff.actor, { roundId: round.id, withComments: false });
    await expectRefusal(promoteReserve(staff.actor, { roundId: round.id, applicationId: b!.application.id }), "staff.p2p.selection.errors.overBudget", { needed: GRANTS / 100, left: 0 });
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id: b!.application.id } })).status).toBe("reserve");

    await db.p2PRound.update({ where: { id: round.id }, data: { budgetCents: 2 * GRANTS } });
    await promoteReserve(staff.actor, { roundId: round.id, applicationId: b!.application.id });
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id: b!.application.id } })).toMatchObject({ status: "selected", selection: "selected" });
    expect((await roundRow(round.id)).committedCents).toBe(2 * GRANTS);
    const emails = await db.outboxEmail.findMany({ where: { to: b!.applicant.email }, orderBy: { createdAt: "asc" } });
    expect(emails.at(-1)!.text).toContain("moves from the reserve list");
    expect(emails.at(-1)!.text).toContain(`/account/p2p/applications/${b!.application.id}`);
    await expectRefusal(promoteReserve(staff.actor, { roundId: round.id, applicationId: a!.application.id }), "p2pApply.workflow.cannot");
  });

  it("lets a selected applicant decline the grant after the release, which frees the budget and the host's place for a reserve", async () => {
    const round = await createReviewRound({ budgetCents: GRANTS });
    const [a, b] = await applications(round.id, 2);
    await select(round.id, a!.application.id, "selected");
    await select(round.id, b!.application.id, "reserve");
    await releaseResults(staff.actor, { roundId: round.id, withComments: false });
    const placesBefore = (await db.p2PHostOffer.findUniqueOrThrow({ where: { id: a!.host.offer.id } })).placesTaken;

    await withdrawApplication(a!.applicant.actor, a!.application.id);
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id: a!.application.id } })).toMatchObject({ status: "withdrawn", selection: null });
    expect((await roundRow(round.id)).committedCents).toBe(0);
    expect((await db.p2PHostOffer.findUniqueOrThrow({ where: { id: a!.host.offer.id } })).placesTaken).toBe(placesBefore - 1);

    await promoteReserve(staff.actor, { roundId: round.id, applicationId: b!.application.id });
    expect((await roundRow(round.id)).committedCents).toBe(GRANTS);
  });
});

describe("the ranking", () => {
  it("orders by mean total, with each reviewer's z-score (three reviews or more) and the disagreement flag", async () => {
    const round = await createReviewRound({ budgetCents: 10 * GRANTS });
    const made = await applications(round.id, 4);
    const [r1, r2, r3] = [await createUser({ name: "Reviewer One" }), await createUser({ name: "Reviewer Two" }), await createUser({ name: "Reviewer Three" })];
    const ids = made.map((m) => m.application.id);
    // r1 and r2 review all four; r3 only two (no z-score). ids[1]: 80 vs 50 differ by 37.5 % of 80.
    const given: [string, string, number][] = [
      [ids[0]!, r1.id, 90], [ids[0]!, r2.id, 85],
      [ids[1]!, r1.id, 80], [ids[1]!, r2.id, 50], [ids[1]!, r3.id, 60],
      [ids[2]!, r1.id, 40], [ids[2]!, r2.id, 45], [ids[2]!, r3.id, 44],
      [ids[3]!, r1.id, 70], [ids[3]!, r2.id, 72],
    ];
    for (const [app, reviewer, total] of given) await review(round.id, app, reviewer, total);
    await select(round.id, ids[0]!, "selected");

    const ranking = await rankingForStaff(staff.actor, round.id, { page: 1 });
    const mean = (app: string) => { const t = given.filter((g) => g[0] === app).map((g) => g[2]); return t.reduce((a, b) => a + b, 0) / t.length; };
    expect(ranking.rows.map((r) => r.id)).toEqual([...ids].sort((a, b) => mean(b) - mean(a)));
    expect(ranking.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    const stats = new Map([r1, r2, r3].map((r) => [r.id, reviewerStats(given.filter((g) => g[1] === r.id).map((g) => g[2]))]));
    for (const row of ranking.rows) {
      expect(row.mean).toBeCloseTo(mean(row.id), 10);
      expect(row.reviews).toHaveLength(given.filter((g) => g[0] === row.id).length);
      for (const rv of row.reviews) {
        const expected = zScore(rv.total, stats.get(rv.reviewerId)!);
        if (expected === null) expect(rv.z).toBeNull();
        else expect(rv.z).toBeCloseTo(expected, 10);
      }
      expect(row.disagreement).toBe(row.id === ids[1]);
      expect(row.reviewsNeeded).toBe(2);
      expect(row.totalGrantCents).toBe(GRANTS);
    }
    expect(ranking.rows.flatMap((r) => r.reviews).filter((rv) => rv.reviewerId === r3.id).every((rv) => rv.z === null)).toBe(true);
    expect(ranking.rows.flatMap((r) => r.reviews).filter((rv) => rv.reviewerId === r1.id).every((rv) => rv.z !== null)).toBe(true);
    expect(ranking.counts).toEqual({ selected: 1, reserve: 0, not_selected: 0, undecided: 3 });
    expect(ranking.round).toMatchObject({ committedCents: GRANTS, budgetCents: 10 * GRANTS });
    const swap = await swapChoicesForStaff(staff.actor, round.id);
    expect(swap.selected.map((a) => a.id)).toEqual([ids[0]]);
    expect(swap.reserve).toEqual([]);
    await expect(swapChoicesForStaff(r1.actor, round.id)).rejects.toBeInstanceOf(NotFoundError);

    const { csv, rows } = await rankingCsv(staff.actor, round.id);
    expect(rows).toBe(4);
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("rank,id,applicant,visiting_hub,visiting_country,host_hub,host_country,status,decision,mean_total,reviews,reviews_needed,reviewer_totals,disagreement,grant_eur,host_grant_eur,total_grants_eur");
    expect(lines[1]).toContain(`1,${ranking.rows[0]!.id},`);
    expect(lines[1]).toContain(",host_accepted,selected,87.50,2,2,");
    await expect(rankingCsv(r1.actor, round.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("orders by a mean the database keeps: two reviews saved at once both count, a changed total and a removed review too", async () => {
    const round = await createReviewRound();
    const [first, second] = await applications(round.id, 2);
    const reviewers = [await createUser(), await createUser(), await createUser()];
    const meanOf = async (applicationId: string) => (await db.p2PReviewMean.findUnique({ where: { applicationId } }))?.mean ?? null;
    const order = async () => (await rankingForStaff(staff.actor, round.id, { page: 1 })).rows.map((r) => r.id);

    expect(await meanOf(first!.application.id)).toBeNull();
    await review(round.id, first!.application.id, reviewers[2]!.id, 80);
    expect(await meanOf(first!.application.id)).toBe(80);
    // Two more reviewers of it save at the same moment: the second waits for the first's
    // transaction, then counts its review too (70 would mean it missed it).
    const assignments = await Promise.all(
      reviewers.slice(0, 2).map((r) => db.p2PAssignment.create({ data: { roundId: round.id, applicationId: first!.application.id, reviewerId: r.id, status: "confirmed", confirmedAt: new Date() } })),
    );
    const save = (i: number, total: number, tx: Pick<typeof db, "p2PReview"> = db) =>
      tx.p2PReview.create({ data: { assignmentId: assignments[i]!.id, roundId: round.id, applicationId: first!.application.id, reviewerId: reviewers[i]!.id, total } });
    let saved!: () => void;
    let go!: () => void;
    const firstSaved = new Promise<void>((resolve) => (saved = resolve));
    const gate = new Promise<void>((resolve) => (go = resolve));
    const one = db.$transaction(async (tx) => {
      await save(0, 40, tx);
      saved();
      await gate;
    });
    await firstSaved;
    const two = save(1, 60).then(() => undefined); // a Prisma query starts once something awaits it
    await someoneWaits();
    go();
    await Promise.all([one, two]);
    expect(await meanOf(first!.application.id)).toBe(60);
    await review(round.id, second!.application.id, reviewers[2]!.id, 70);
    expect(await order()).toEqual([second!.application.id, first!.application.id]);

    // A reviewer changes their total; another review is removed.
    await db.p2PReview.updateMany({ where: { applicationId: first!.application.id, reviewerId: reviewers[1]!.id }, data: { total: 100 } });
    expect(await meanOf(first!.application.id)).toBeCloseTo(220 / 3, 10);
    expect(await order()).toEqual([first!.application.id, second!.application.id]);
    await db.p2PReview.deleteMany({ where: { applicationId: first!.application.id, reviewerId: reviewers[0]!.id } });
    expect(await meanOf(first!.application.id)).toBe(90);
    await db.p2PReview.deleteMany({ where: { applicationId: second!.application.id } });
    expect(await meanOf(second!.application.id)).toBeNull();
  });

  it("takes the same number of queries for 10 applications as for 60", async () => {
    const small = await createReviewRound();
    const large = await createReviewRound();
    const reviewers = [await createUser(), await createUser(), await createUser()];
    for (const [round, count] of [[small, 10], [large, 60]] as [Round, number][]) {
      for (const [i, { application }] of (await applications(round.id, count)).entries()) {
        for (const r of reviewers.slice(0, 2 + (i % 2))) await review(round.id, application.id, r.id, 40 + ((i * 7) % 50));
        if (i % 3 === 0) await select(round.id, application.id, i % 2 ? "reserve" : "selected").catch(() => undefined);
      }
    }
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }), log: [{ emit: "event", level: "query" }] });
    let queries = 0;
    client.$on("query", () => void queries++);
    const count = async (roundId: string, page: number) => {
      queries = 0;
      const ranking = await rankingForStaff(staff.actor, roundId, { page }, client);
      return { queries, rows: ranking.rows.length };
    };
    try {
      const [a, b, c] = [await count(small.id, 1), await count(large.id, 1), await count(large.id, 3)];
      expect(a.rows).toBe(10);
      expect(b.rows).toBe(RANKING_PAGE_SIZE);
      expect(c.rows).toBe(60 - 2 * RANKING_PAGE_SIZE);
      expect(b.queries).toBe(a.queries);
      expect(c.queries).toBe(a.queries);
      // The round, the page's rows in order, the reviewers' stats and the counts: one statement.
      expect(a.queries).toBe(1);
    } finally {
      await client.$disconnect();
    }
  }, 120_000);
});

describe("refused access", () => {
  it("refuses members and host owners every selection command and read, changing nothing", async () => {
    const round = await createReviewRound({ budgetCents: 5 * GRANTS });
    const [a, b] = await applications(round.id, 2);
    await select(round.id, b!.application.id, "reserve");
    const member = await createUser();
    const hostOwner = a!.host.owner;
    const audit = () => db.auditEvent.count({ where: { targetId: { in: [round.id, a!.application.id, b!.application.id] } } });
    const before = { round: await roundRow(round.id), apps: await db.p2PApplication.findMany({ where: { roundId: round.id }, orderBy: { id: "asc" } }), audit: await audit() };
    for (const actor of [member.actor, { id: hostOwner.id, role: "member" as const }, null]) {
      await expect(setSelection(actor, { roundId: round.id, applicationId: a!.application.id, selection: "selected" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(swapSelection(actor, { roundId: round.id, selectedId: a!.application.id, reserveId: b!.application.id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(releaseResults(actor, { roundId: round.id, withComments: true })).rejects.toBeInstanceOf(NotFoundError);
      await expect(promoteReserve(actor, { roundId: round.id, applicationId: b!.application.id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(rankingForStaff(actor, round.id, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(outboxForStaff(actor, round.id, { page: 1, withComments: true })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await roundRow(round.id)).toEqual(before.round);
    expect(await db.p2PApplication.findMany({ where: { roundId: round.id }, orderBy: { id: "asc" } })).toEqual(before.apps);
    expect(await audit()).toBe(before.audit);
  });

  it("answers not found for an application of another round", async () => {
    const round = await createReviewRound({ budgetCents: 5 * GRANTS });
    const other = await createReviewRound({ budgetCents: 5 * GRANTS });
    const { application } = (await applications(other.id, 1))[0]!;
    await expect(select(round.id, application.id, "selected")).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id: application.id } })).selection).toBeNull();
  });
});
