import type { APIRequestContext, Page } from "@playwright/test";
import { interceptAction, replayAction, type CapturedAction } from "./support/action-replay";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, signInAs, test, visitorIp } from "./support";
import { shortTag } from "./support/event-admin";
import { signedInPerson, type SignedIn } from "./support/sessions";
import { createAccount, type Account } from "./support/hub-moderation";
import { addPanelists, insertAcceptedApplication, insertAssignment, insertReviewRound } from "./support/p2p-review";

// The review panel and what follows belong to their people: a reviewer's assignment to that
// reviewer, the panel, ranking and results to staff. Nobody else opens them — not a visitor, a
// member, a panelist the application is not assigned to, a reviewer who co-owns the host hub
// (even with an assignment row written straight into the database), nor the applicant reading
// the reviews of their own application — and a host's owner replaying staff's requests (select,
// release, approve a report) changes nothing. Each refusal leaves the database as it was.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ mode: "serial", timeout: 90_000 });

type Person = SignedIn<Account>;

let applicant: Person, hostOwner: Person, member: Person, bystander: Person, coOwner: Person, staff: Page;
let round: { id: string; name: string };
let application: Awaited<ReturnType<typeof insertAcceptedApplication>>;
/** The assignment of the reviewer the application was given to, and the one written for the host hub's co-owner. */
let assigned: string, conflicted: string;

test.beforeAll(async ({ browser }) => {
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
  [applicant, hostOwner, member, bystander, coOwner] = await Promise.all([signedInPerson(browser, a), signedInPerson(browser, h), signedInPerson(browser, m), signedInPerson(browser, b), signedInPerson(browser, c)]);
  const staffContext = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  staff = await staffContext.newPage();
  await signInAs(staff, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
});

test.afterAll(async () => {
  for (const person of [applicant, hostOwner, member, bystander, coOwner]) await person?.context.close();
  await staff?.context().close();
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

const NOT_FOUND = "forms.errors.notFound";

/** Each page is "not found" for this person: a 404 that names nothing of the exchange. */
async function expectNotFound(page: Page, paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
    await expect(page.getByText(application.host.name)).toHaveCount(0);
  }
}

/** The reviewer's queue holds nothing of this round. */
async function expectEmptyQueue(page: Page) {
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Your reviews" })).toBeVisible();
  await expect(page.getByText(round.name)).toHaveCount(0);
  await expect(page.getByText(application.host.name)).toHaveCount(0);
}

const staffPages = () => ["panel", "panel/rubric", "ranking", "ranking/swap", "outbox"].map((tab) => `/admin/p2p/rounds/${round.id}/${tab}`);

test("a visitor is sent to sign in, and a member gets “not found”, on the reviewer's and staff's pages", async ({ page }) => {
  const before = await roundState();
  await test.step("a visitor is sent to sign in", async () => {
    for (const path of ["/review", `/review/${assigned}`, ...staffPages()]) {
      await page.goto(path);
      await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
    }
  });
  await test.step("a member gets “not found”, and an empty queue", async () => {
    await expectNotFound(member.page, [`/review/${assigned}`, ...staffPages()]);
    await expectEmptyQueue(member.page);
  });
  expect(await roundState()).toEqual(before);
});

test("a panelist not assigned the application, the host hub's co-owner with an assignment row, and the applicant open no review of it", async () => {
  const before = await roundState();
  await test.step("a panelist of the round opening another reviewer's assignment", async () => {
    await expectNotFound(bystander.page, [`/review/${assigned}`, `/review/${conflicted}`]);
    await expectEmptyQueue(bystander.page);
  });
  await test.step("the host hub's co-owner opening the assignment written for them", async () => {
    await expectNotFound(coOwner.page, [`/review/${conflicted}`, `/review/${assigned}`]);
    await expectEmptyQueue(coOwner.page);
  });
  await test.step("the applicant opening the reviews of their own application", async () => {
    await expectNotFound(applicant.page, [`/review/${assigned}`, `/review/${conflicted}`, ...staffPages()]);
    await expectEmptyQueue(applicant.page);
  });
  expect(await roundState()).toEqual(before);
});

/** Replays `captured` from each client, expecting "not found" in each answer. */
async function expectRefused(captured: CapturedAction, clients: [string, APIRequestContext][], baseURL: string) {
  for (const [who, client] of clients) {
    const response = await replayAction(client, captured, baseURL);
    expect(response.status(), `status for ${who}`).toBeLessThan(500);
    expect(await response.text(), `answer to ${who}`).toContain(NOT_FOUND);
  }
}

test("selecting and releasing, replayed by the host's owner, the applicant or a visitor, are refused; staff's own replays select and release", async ({ playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const others: [string, APIRequestContext][] = [["the host's owner", hostOwner.context.request], ["the applicant", applicant.context.request], ["a visitor", visitor]];
  const exchange = `${application.visiting.name} → ${application.host.name}`;

  await test.step("select", async () => {
    await staff.goto(`/admin/p2p/rounds/${round.id}/ranking`);
    const select = await interceptAction(staff, () => staff.getByRole("group", { name: `Decision for ${exchange}` }).getByRole("button", { name: "Select", exact: true }).click());
    const before = await roundState();
    expect(before).toMatchObject({ selection: null, committedCents: 0 });
    await expectRefused(select, others, baseURL!);
    expect(await roundState()).toEqual(before);

    const response = await replayAction(staff.context().request, select, baseURL!);
    expect(response.status()).toBeLessThan(400);
    expect(await roundState()).toMatchObject({ selection: "selected", committedCents: 167_500 });
  });

  await test.step("release", async () => {
    await staff.goto(`/admin/p2p/rounds/${round.id}/outbox`);
    await staff.getByRole("button", { name: "Release the results…" }).click();
    const release = await interceptAction(staff, () => staff.getByRole("button", { name: "Release and send" }).click());
    const before = await roundState();
    expect(before).toMatchObject({ roundStatus: "in_review", status: "host_accepted" });
    await expectRefused(release, others, baseURL!);
    expect(await roundState()).toEqual(before);

    const response = await replayAction(staff.context().request, release, baseURL!);
    expect(response.status()).toBeLessThan(400);
    expect(await roundState()).toMatchObject({ roundStatus: "results_released", status: "selected" });
  });
  await visitor.dispose();
});

test("approving a report, replayed by the host's owner, the applicant or a visitor, is refused and drafts no story", async ({ browser, playwright, baseURL }) => {
  // The demo's report waiting for staff (prisma/seed/demo-p2p-results.ts): Croix-Rousse Textile Lab's visit to Mtkvari Media Lab.
  const id = "demo-p2p-released-report-submitted";
  const reportState = async () =>
    (
      await db.query(
        `SELECT a."status", a."updatedAt", r."approvedAt", r."staffMessage", r."updatedAt" AS "reportUpdatedAt",
           (SELECT count(*)::int FROM "Article" s WHERE s."p2pApplicationId" = a."id") AS "stories",
           (SELECT count(*)::int FROM "AuditEvent" e WHERE e."targetId" = a."id") AS "auditEvents",
           (SELECT count(*)::int FROM "OutboxEmail" m JOIN "User" u ON lower(u."email") = lower(m."to") WHERE u."id" = a."applicantId") AS "emails"
         FROM "P2PApplication" a JOIN "P2PReport" r ON r."applicationId" = a."id" WHERE a."id" = $1`,
        [id],
      )
    ).rows[0] as { status: string; stories: number };
  await staff.goto(`/admin/p2p/applications/${id}`);
  const approve = await interceptAction(staff, () => staff.getByRole("button", { name: "Approve the report" }).click());
  const before = await reportState();
  expect(before).toMatchObject({ status: "report_submitted", stories: 0 });

  // The owner of the demo's host hub, Mtkvari Media Lab, and the demo applicant.
  const [host, reporter] = await Promise.all(["member7@echn.test", "member5@echn.test"].map((email) => signedInPerson(browser, { email, password: DEMO_PASSWORD })));
  const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  await expectRefused(approve, [["the host's owner", host!.context.request], ["the applicant", reporter!.context.request], ["a visitor", visitor], ["this round's host owner", hostOwner.context.request]], baseURL!);
  expect(await reportState()).toEqual(before);
  await Promise.all([host!.context.close(), reporter!.context.close(), visitor.dispose()]);
});
