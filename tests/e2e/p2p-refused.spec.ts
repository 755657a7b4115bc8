import type { APIRequestContext } from "@playwright/test";
import { interceptAction, replayAction, type CapturedAction } from "./support/action-replay";
import { db, expect as baseExpect, test } from "./support";
import { signedInPerson, type SignedIn } from "./support/sessions";
import { createAccount, type Account } from "./support/hub-moderation";
import { expectNotFound, expectSentToSignIn, expectShownWithout, signedInClient, visitorClient } from "./support/http-checks";
import { demoRound, insertHostOffer, insertP2PApplication, insertP2PHub } from "./support/p2p";

// P2P exchanges belong to their people: staff pages and the CSV to staff, an application to its
// applicant, a request to host to the host hub's owners. Nobody else opens them, or acts on them
// by replaying the request a rightful browser sends. Each refusal leaves the database as it was.
//
// The pages' refusals are read from the server's answers, with no browser
// (support/http-checks.ts). Sending is replayed here, first refused to the wrong people and then
// taken by the applicant (the control: the refusals came from the commands' authorization); the
// browser's own request is recorded and stopped (interceptAction), so there is nothing to put
// back. The host's accept, withdrawing and closing a round, sent by the wrong people, are tested
// on the actions in tests/integration/refused-actions.test.ts ("P2P exchanges"), and every
// command's refusal in p2p-applications, p2p-host-agreement and p2p-rounds.test.ts.

const expect = baseExpect.configure({ timeout: 15_000 });
// The tests share the people, signed in once: in order, in one worker.
test.describe.configure({ mode: "serial", timeout: 90_000 });

/** The applicant signs in with a browser, to send the form; the others only need their cookies. */
let applicant: SignedIn<Account>;
let host: Account & { client: APIRequestContext }, otherHost: Account & { client: APIRequestContext };
let application: { id: string; hostHubId: string; hostName: string };

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
  const [signedIn, hostClient, otherClient] = await Promise.all([signedInPerson(browser, a), signedInClient(h.email, h.password), signedInClient(o.email, o.password)]);
  applicant = signedIn;
  host = { ...h, client: hostClient };
  otherHost = { ...o, client: otherClient };
});

test.afterAll(async () => {
  await applicant?.context.close();
  await Promise.all([host?.client.dispose(), otherHost?.client.dispose()]);
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

test("a visitor and a member get no staff P2P page, and no CSV", async () => {
  const { id: roundId } = await demoRound();
  const paths = ["/admin/p2p", "/admin/p2p/rounds/new", `/admin/p2p/rounds/${roundId}`, `/admin/p2p/rounds/${roundId}/preview`, "/admin/p2p/members", "/admin/p2p/applications", "/admin/p2p/applications/demo-p2p-submitted"];
  const csv = "/admin/p2p/applications/export.csv";

  await test.step("a visitor is sent to sign in; the CSV is not found", async () => {
    const visitor = await visitorClient();
    for (const path of paths) await expectSentToSignIn(visitor, path);
    const response = await visitor.get(csv, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).toBe("Not found");
    await visitor.dispose();
  });

  await test.step("a member — who owns a hub hosting in the round — gets “not found”, the CSV too", async () => {
    for (const path of paths) await expectNotFound(otherHost.client, path, ["Demo round — try the scheme"]);
    const response = await otherHost.client.get(csv, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).toBe("Not found");
  });
});

test("another member opening an application, and another host's owner opening a request, get “not found”", async () => {
  const client = otherHost.client;
  for (const path of [`/account/p2p/applications/${application.id}`, "/account/p2p/applications/demo-p2p-submitted"]) await expectNotFound(client, path, ["Studio manager"]);
  // Requests to Alfama and to Kvart, demo host hubs this owner has nothing to do with.
  for (const path of ["/account/p2p/requests/demo-p2p-submitted-request", "/account/p2p/requests/demo-p2p-accepted-request"]) await expectNotFound(client, path, ["Glazing techniques"]);
  await expectShownWithout(client, "/account/p2p/requests", ["Ana Applicant"]);
});

test("sending the application, replayed by another member or a visitor, is refused; the applicant's own replay sends it", async ({ baseURL }) => {
  const page = applicant.page;
  await page.goto(`/account/p2p/applications/${application.id}`);
  const send = await interceptAction(page, () => page.getByRole("button", { name: `Save and send to ${application.hostName}` }).click());
  const before = await stateOf();
  expect(before).toMatchObject({ status: "draft", requests: [] });

  const visitor = await visitorClient();
  await expectRefused(send, [["another member", otherHost.client, NOT_FOUND], ["the host", host.client, NOT_FOUND], ["a visitor", visitor, "p2pApply.errors.signIn"]], baseURL!);
  await visitor.dispose();
  expect(await stateOf()).toEqual(before);

  const response = await replayAction(applicant.context.request, send, baseURL!);
  expect(response.status()).toBeLessThan(400);
  expect(await stateOf()).toMatchObject({ status: "submitted", requests: [{ status: "pending" }], placesTaken: 0 });
});
