import type { APIRequestContext } from "@playwright/test";
import { db, expect, test } from "./support";
import { shortTag } from "./support/event-admin";
import { createAccount, type Account } from "./support/hub-moderation";
import { expectNotFound, expectSentToSignIn, expectShownWithout, signedInClient, visitorClient } from "./support/http-checks";
import { addPanelists, insertAcceptedApplication, insertAssignment, insertReviewRound } from "./support/p2p-review";

// The review panel and what follows belong to their people: a reviewer's assignment to that
// reviewer, the panel and ranking to staff. Nobody else opens them — not a visitor, a member, a
// panelist the application is not assigned to, a reviewer who co-owns the host hub (even with an
// assignment row written straight into the database), nor the applicant reading the reviews of
// their own application. Each refusal leaves the database as it was. The pages' refusals are
// read from the server's answers, with no browser (support/http-checks.ts).
//
// That staff's select, release and report approval, sent by a host's owner, the applicant or a
// visitor, change nothing is tested on the actions in tests/integration/refused-actions.test.ts
// ("P2P selection and reports"), and every command's refusal in p2p-selection, p2p-grant,
// p2p-reviews and p2p-panel.test.ts; a browser's captured request replayed with other cookies,
// in p2p-refused.spec.ts.

test.describe.configure({ mode: "serial", timeout: 90_000 });

type Person = Account & { client: APIRequestContext };

let applicant: Person, member: Person, bystander: Person, coOwner: Person;
/** Whose emails a refusal must not have sent: the host hub's owner opens nothing here. */
let hostOwner: Account;
let round: { id: string; name: string };
let application: Awaited<ReturnType<typeof insertAcceptedApplication>>;
/** The assignment of the reviewer the application was given to, and the one written for the host hub's co-owner. */
let assigned: string, conflicted: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const tag = shortTag();
  const [a, h, m, reviewer, b, c] = await Promise.all([
    createAccount(`Ana Applicant ${tag}`),
    createAccount(`Hana Host ${tag}`),
    createAccount(`Mo Member ${tag}`),
    createAccount(`Rui Reviewer ${tag}`),
    createAccount(`Bea Bystander ${tag}`),
    createAccount(`Cai Coowner ${tag}`),
  ]);
  round = await insertReviewRound(`Refused round ${tag}`, 5000);
  application = await insertAcceptedApplication(round.id, { applicantId: a.id, hostOwnerId: h.id }, { visiting: `Gracht Studio ${tag}`, host: `Ribeira Lab ${tag}` });
  // The co-owner of the host hub sits on the panel; the conflict rule never assigns them, so the row is written directly.
  await db.query(`INSERT INTO "HubOwner" ("hubId", "userId") VALUES ($1, $2)`, [application.host.id, c.id]);
  await addPanelists(round.id, [reviewer.id, b.id, c.id]);
  assigned = await insertAssignment(round.id, application.id, reviewer.id);
  conflicted = await insertAssignment(round.id, application.id, c.id);
  const signedIn = async (account: Account): Promise<Person> => ({ ...account, client: await signedInClient(account.email, account.password) });
  hostOwner = h;
  [applicant, member, bystander, coOwner] = await Promise.all([signedIn(a), signedIn(m), signedIn(b), signedIn(c)]);
});

test.afterAll(async () => {
  await Promise.all([applicant, member, bystander, coOwner].map((person) => person?.client.dispose()));
});

/** Everything a refused request could change in the round: the round, its application, the assignments, reviews, the audit and the emails. */
async function roundState() {
  const { rows } = await db.query(
    `SELECT r."status" AS "roundStatus", r."committedCents", r."resultsReleasedAt", r."panelClosedAt", r."updatedAt" AS "roundUpdatedAt",
       a."status", a."selection", a."selectionAt", a."updatedAt",
       (SELECT coalesce(json_agg(json_build_object('id', s."id", 'status', s."status", 'confirmedAt', s."confirmedAt", 'declaredAt', s."declaredAt") ORDER BY s."id"), '[]')
          FROM "P2PAssignment" s WHERE s."roundId" = r."id") AS "assignments",
       (SELECT count(*)::int FROM "P2PReview" v WHERE v."roundId" = r."id") AS "reviews",
       (SELECT count(*)::int FROM "AuditEvent" e WHERE e."targetId" IN (r."id", a."id", $3, $4)) AS "auditEvents",
       (SELECT count(*)::int FROM "OutboxEmail" m WHERE m."to" = ANY($5)) AS "emails"
     FROM "P2PRound" r JOIN "P2PApplication" a ON a."roundId" = r."id" WHERE r."id" = $1 AND a."id" = $2`,
    [round.id, application.id, assigned, conflicted, [applicant.email, hostOwner.email]],
  );
  return rows[0] as { roundStatus: string; committedCents: number; status: string; selection: string | null; assignments: { status: string }[]; reviews: number };
}

/** Each page is "not found" for this person: a 404 that names nothing of the exchange. */
async function expectNotFoundAll(person: Person, paths: string[]) {
  for (const path of paths) await expectNotFound(person.client, path, [application.host.name]);
}

/** The reviewer's queue opens, holding nothing of this round. */
async function expectEmptyQueue(person: Person) {
  expect(await expectShownWithout(person.client, "/review", [round.name, application.host.name]), "the queue's heading").toContain("Your reviews");
}

const staffPages = () => ["panel", "panel/rubric", "ranking", "ranking/swap", "outbox"].map((tab) => `/admin/p2p/rounds/${round.id}/${tab}`);

test("a visitor is sent to sign in, and a member gets “not found”, on the reviewer's and staff's pages", async () => {
  const before = await roundState();
  await test.step("a visitor is sent to sign in", async () => {
    const visitor = await visitorClient();
    for (const path of ["/review", `/review/${assigned}`, ...staffPages()]) await expectSentToSignIn(visitor, path);
    await visitor.dispose();
  });
  await test.step("a member gets “not found”, and an empty queue", async () => {
    await expectNotFoundAll(member, [`/review/${assigned}`, ...staffPages()]);
    await expectEmptyQueue(member);
  });
  expect(await roundState()).toEqual(before);
});

test("a panelist not assigned the application, the host hub's co-owner with an assignment row, and the applicant open no review of it", async () => {
  const before = await roundState();
  await test.step("a panelist of the round opening another reviewer's assignment", async () => {
    await expectNotFoundAll(bystander, [`/review/${assigned}`, `/review/${conflicted}`]);
    await expectEmptyQueue(bystander);
  });
  await test.step("the host hub's co-owner opening the assignment written for them", async () => {
    await expectNotFoundAll(coOwner, [`/review/${conflicted}`, `/review/${assigned}`]);
    await expectEmptyQueue(coOwner);
  });
  await test.step("the applicant opening the reviews of their own application", async () => {
    await expectNotFoundAll(applicant, [`/review/${assigned}`, `/review/${conflicted}`, ...staffPages()]);
    await expectEmptyQueue(applicant);
  });
  expect(await roundState()).toEqual(before);
});
