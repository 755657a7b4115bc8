import type { APIRequestContext, Page } from "@playwright/test";
import { interceptAction, replayAction, type CapturedAction } from "./support/action-replay";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, signInAs, test, visitorIp } from "./support";
import { signedInPerson, type SignedIn } from "./support/sessions";
import { createAccount, type Account } from "./support/hub-moderation";
import { demoRound, insertHostOffer, insertP2PApplication, insertP2PHub } from "./support/p2p";

// P2P exchanges belong to their people: staff pages and the CSV to staff, an application to its
// applicant, a request to host to the host hub's owners. Nobody else opens them, or acts on them
// by replaying the request a rightful browser sends. Each refusal leaves the database as it was.
//
// One application goes the whole way, each step first refused to the wrong people and then
// taken by the right one (the control: the refusals came from the commands' authorization):
// the applicant sends it, the host accepts it, the applicant withdraws it. The browser's own
// request is recorded and stopped (interceptAction), so there is nothing to put back.

const expect = baseExpect.configure({ timeout: 15_000 });
// The steps follow one application: in order, in one worker, the people signed in once.
test.describe.configure({ mode: "serial", timeout: 90_000 });

type Person = SignedIn<Account>;

let applicant: Person, host: Person, otherHost: Person, staff: Page;
let application: { id: string; hostHubId: string; hostName: string };
/** A published round whose window ended long ago, for staff to close. */
let oldRoundId: string;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const round = await demoRound();
  const [a, h, o] = await Promise.all([createAccount("Ana Applicant"), createAccount("Hana Host"), createAccount("Otto Otherhost")]);
  const visiting = await insertP2PHub(a.id, { countryCode: "SI", city: "Ljubljana" });
  const hostHub = await insertP2PHub(h.id, { countryCode: "AT", city: "Graz" });
  const otherHub = await insertP2PHub(o.id, { countryCode: "HR", city: "Zagreb" });
  await insertHostOffer(round.id, hostHub.id, 1);
  await insertHostOffer(round.id, otherHub.id, 1);
  const { id } = await insertP2PApplication({ applicantId: a.id, visitingHubId: visiting.id, hostHubId: hostHub.id, status: "draft" });
  application = { id, hostHubId: hostHub.id, hostName: hostHub.name };
  oldRoundId = `e2eround${id.slice(6)}`;
  await db.query(
    `INSERT INTO "P2PRound" ("id", "slug", "name", "summary", "status", "opensOn", "closesOn", "publishedAt", "updatedAt")
     VALUES ($1, $1, 'A past test round', 'A round whose window ended long ago.', 'published', '2019-01-01', '2019-02-01', now(), now())`,
    [oldRoundId],
  );
  [applicant, host, otherHost] = await Promise.all([signedInPerson(browser, a), signedInPerson(browser, h), signedInPerson(browser, o)]);
  const staffContext = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  staff = await staffContext.newPage();
  await signInAs(staff, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
});

test.afterAll(async () => {
  for (const person of [applicant, host, otherHost]) await person?.context.close();
  await staff?.context().close();
});

/** Everything a refused request could change about the application: its row, its requests, the host's places, its audit and the emails to the three people. */
async function stateOf() {
  const { rows } = await db.query(
    `SELECT a."status", a."submittedAt", a."withdrawnAt", a."updatedAt", a."hostHubId",
       (SELECT coalesce(json_agg(r ORDER BY r."createdAt"), '[]') FROM "P2PHostRequest" r WHERE r."applicationId" = a."id") AS "requests",
       (SELECT "placesTaken" FROM "P2PHostOffer" o WHERE o."roundId" = a."roundId" AND o."hubId" = a."hostHubId") AS "placesTaken",
       (SELECT count(*)::int FROM "AuditEvent" e WHERE e."targetId" = a."id") AS "auditEvents",
       (SELECT count(*)::int FROM "OutboxEmail" m WHERE m."to" = ANY($2)) AS "emails"
     FROM "P2PApplication" a WHERE a."id" = $1`,
    [application.id, [applicant.email, host.email, otherHost.email]],
  );
  return rows[0] as { status: string; requests: { id: string; status: string }[]; placesTaken: number; auditEvents: number; emails: number };
}

/** Replays `captured` from each client, expecting the refusal code in each answer. */
async function expectRefused(captured: CapturedAction, clients: [string, APIRequestContext, string][], baseURL: string) {
  for (const [who, client, code] of clients) {
    const response = await replayAction(client, captured, baseURL);
    expect(response.status(), `status for ${who}`).toBeLessThan(500);
    expect(await response.text(), `answer to ${who}`).toContain(code);
  }
}

const NOT_FOUND = "forms.errors.notFound";

test("a visitor and a member get no staff P2P page, and no CSV", async ({ page, baseURL }) => {
  const { id: roundId } = await demoRound();
  const paths = ["/admin/p2p", "/admin/p2p/rounds/new", `/admin/p2p/rounds/${roundId}`, `/admin/p2p/rounds/${roundId}/preview`, "/admin/p2p/members", "/admin/p2p/applications", "/admin/p2p/applications/demo-p2p-submitted"];
  const csv = "/admin/p2p/applications/export.csv";

  await test.step("a visitor is sent to sign in; the CSV is not found", async () => {
    for (const path of paths) {
      await page.goto(path);
      await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
    }
    const response = await page.request.get(`${baseURL}${csv}`, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).toBe("Not found");
  });

  await test.step("a member — who owns a hub hosting in the round — gets “not found”, the CSV too", async () => {
    const member = otherHost.page;
    for (const path of paths) {
      const response = await member.goto(path);
      expect(response?.status(), `status of ${path} for a member`).toBe(404);
      await expect(member.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
      await expect(member.getByText("Demo round — try the scheme")).toHaveCount(0);
    }
    const response = await otherHost.context.request.get(csv, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).toBe("Not found");
  });
});

test("another member opening an application, and another host's owner opening a request, get “not found”", async () => {
  const page = otherHost.page;
  for (const path of [`/account/p2p/applications/${application.id}`, "/account/p2p/applications/demo-p2p-submitted"]) {
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
    await expect(page.getByText("Studio manager")).toHaveCount(0);
  }
  // Requests to Alfama and to Kvart, demo host hubs this owner has nothing to do with.
  for (const path of ["/account/p2p/requests/demo-p2p-submitted-request", "/account/p2p/requests/demo-p2p-accepted-request"]) {
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
    await expect(page.getByText("Glazing techniques")).toHaveCount(0);
  }
  await page.goto("/account/p2p/requests");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Ana Applicant")).toHaveCount(0);
});

test("sending the application, replayed by another member or a visitor, is refused; the applicant's own replay sends it", async ({ playwright, baseURL }) => {
  const page = applicant.page;
  await page.goto(`/account/p2p/applications/${application.id}`);
  const send = await interceptAction(page, () => page.getByRole("button", { name: `Save and send to ${application.hostName}` }).click());
  const before = await stateOf();
  expect(before).toMatchObject({ status: "draft", requests: [] });

  const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  await expectRefused(send, [["another member", otherHost.context.request, NOT_FOUND], ["the host", host.context.request, NOT_FOUND], ["a visitor", visitor, "p2pApply.errors.signIn"]], baseURL!);
  await visitor.dispose();
  expect(await stateOf()).toEqual(before);

  const response = await replayAction(applicant.context.request, send, baseURL!);
  expect(response.status()).toBeLessThan(400);
  expect(await stateOf()).toMatchObject({ status: "submitted", requests: [{ status: "pending" }], placesTaken: 0 });
});

test("the host's accept, replayed by another host's owner, the applicant or a visitor, is refused; the host's own replay accepts", async ({ playwright, baseURL }) => {
  const before = await stateOf();
  const requestId = before.requests[0]!.id;
  const page = host.page;
  await page.goto(`/account/p2p/requests/${requestId}?answer=accept#answer`);
  const accept = await interceptAction(page, async () => {
    await page.getByLabel("A note for Ana Applicant").fill("Any week in spring suits us.");
    await page.getByRole("button", { name: "Accept the request" }).click();
  });

  const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  await expectRefused(accept, [["another host's owner", otherHost.context.request, NOT_FOUND], ["the applicant", applicant.context.request, NOT_FOUND], ["a visitor", visitor, NOT_FOUND]], baseURL!);
  await visitor.dispose();
  expect(await stateOf()).toEqual(before);

  const response = await replayAction(host.context.request, accept, baseURL!);
  expect(response.status()).toBeLessThan(400);
  expect(await stateOf()).toMatchObject({ status: "host_accepted", requests: [{ status: "accepted" }], placesTaken: 1 });
});

test("withdrawing, replayed by another member or a visitor, is refused; the applicant's own replay withdraws and gives the place back", async ({ playwright, baseURL }) => {
  const page = applicant.page;
  await page.goto(`/account/p2p/applications/${application.id}?withdraw=confirm#withdraw`);
  const withdraw = await interceptAction(page, () => page.getByRole("button", { name: "Withdraw the application" }).click());
  const before = await stateOf();
  expect(before).toMatchObject({ status: "host_accepted", placesTaken: 1 });

  const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  await expectRefused(withdraw, [["another member", otherHost.context.request, NOT_FOUND], ["the host", host.context.request, NOT_FOUND], ["a visitor", visitor, "p2pApply.errors.signIn"]], baseURL!);
  await visitor.dispose();
  expect(await stateOf()).toEqual(before);

  const response = await replayAction(applicant.context.request, withdraw, baseURL!);
  expect(response.status()).toBeLessThan(400);
  expect(await stateOf()).toMatchObject({ status: "withdrawn", placesTaken: 0 });
});

test("closing a round, replayed by members or a visitor, is refused; staff's own replay closes it", async ({ playwright, baseURL }) => {
  const roundState = async () =>
    (
      await db.query(
        `SELECT r."status", r."updatedAt", (SELECT count(*)::int FROM "AuditEvent" e WHERE e."targetId" = r."id") AS "auditEvents" FROM "P2PRound" r WHERE r."id" = $1`,
        [oldRoundId],
      )
    ).rows[0] as { status: string; auditEvents: number };
  await staff.goto(`/admin/p2p/rounds/${oldRoundId}`);
  await staff.getByRole("button", { name: "Close the round…" }).click();
  const close = await interceptAction(staff, () => staff.getByRole("button", { name: "Close the round", exact: true }).click());
  const before = await roundState();
  expect(before.status).toBe("published");

  const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  await expectRefused(close, [["a member hosting in a round", otherHost.context.request, NOT_FOUND], ["an applicant", applicant.context.request, NOT_FOUND], ["a visitor", visitor, NOT_FOUND]], baseURL!);
  await visitor.dispose();
  expect(await roundState()).toEqual(before);

  const response = await replayAction(staff.context().request, close, baseURL!);
  expect(response.status()).toBeLessThan(400);
  expect(await roundState()).toMatchObject({ status: "closed", auditEvents: before.auditEvents + 1 });
});
