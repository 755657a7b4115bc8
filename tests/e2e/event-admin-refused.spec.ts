import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, signInAs, test, visitorIp } from "./support";
import { eventStateOf, insertApplication, insertEvent } from "./support/event-admin";
import { createAccount } from "./support/hub-moderation";
import { captureAction, replayAction } from "./support/action-replay";

// The staff side of events is for staff only: visitors and members neither open its pages
// nor download the applicants, and replaying the requests a staff browser sends (publish,
// accept) changes nothing for them.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const pathsOf = (eventId: string) => [
  "/admin/events",
  "/admin/events/new",
  `/admin/events/${eventId}/edit`,
  `/admin/events/${eventId}/preview`,
  `/admin/events/${eventId}/applications`,
];

test("a visitor is sent to sign in, and gets no applicants list", async ({ page, request }) => {
  const event = await insertEvent({ status: "draft" });
  for (const path of pathsOf(event.id)) {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
  }
  const csv = await request.get(`/admin/events/${event.id}/applications/export.csv`, { maxRedirects: 0 });
  expect(csv.status()).not.toBe(200);
  expect(await csv.text()).not.toContain("name,email");
});

test("a member gets “not found” on every staff events page and the export", async ({ page }) => {
  const member = await createAccount("Mia Member");
  const event = await insertEvent({ status: "draft" });
  await insertApplication(event.id, member.id);
  await signInAs(page, member.email, member.password);
  for (const path of pathsOf(event.id)) {
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path} for a member`).toBe(404);
    await expect(page.getByText(event.title)).toHaveCount(0);
  }
  const csv = await page.request.get(`/admin/events/${event.id}/applications/export.csv`);
  expect(csv.status()).toBe(404);
  expect(await csv.text()).not.toContain(member.email);
});


test("publishing and accepting, replayed by a visitor and by a member, change nothing", async ({ page, browser, playwright, baseURL }) => {
  const member = await createAccount("Max Member");
  const applicant = await createAccount("Ana Applicant");
  const draft = await insertEvent({ status: "draft" });
  const live = await insertEvent({ capacity: 3 });
  await insertApplication(live.id, applicant.id);
  await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);

  const publish = await captureAction(page, async () => {
    await page.goto(`/admin/events/${draft.id}/edit`);
    await page.getByRole("button", { name: "Publish…" }).click();
    await page.getByRole("button", { name: "Yes, publish it" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  });
  const accept = await captureAction(page, async () => {
    await page.goto(`/admin/events/${live.id}/applications`);
    await page.getByRole("article", { name: applicant.name }).getByRole("button", { name: "Accept" }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 application accepted" })).toBeVisible();
  });
  // Back to how they were before staff acted, so that a replay could change them again.
  await db.query(`UPDATE "Event" SET "status" = 'draft', "publishedAt" = NULL WHERE "id" = $1`, [draft.id]);
  await db.query(`UPDATE "EventApplication" SET "status" = 'pending', "decidedAt" = NULL, "decidedById" = NULL WHERE "eventId" = $1`, [live.id]);
  const before = { draft: await eventStateOf(draft.id), live: await eventStateOf(live.id) };

  const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  await signInAs(await context.newPage(), member.email, member.password);
  for (const [who, client] of [["a visitor", visitor], ["a member", context.request]] as const) {
    await test.step(`${who} replaying publish and accept`, async () => {
      const published = await replayAction(client, publish, baseURL!);
      expect(published.status()).toBeLessThan(500);
      // The action answers with a code; the page would show it as "We could not find that page."
      expect(await published.text()).toContain("forms.errors.notFound");
      const accepted = await replayAction(client, accept, baseURL!);
      expect(accepted.status()).toBeLessThan(500);
      expect(await accepted.text()).toContain("forms.errors.notFound");
    });
  }
  await visitor.dispose();
  await context.close();
  expect(await eventStateOf(draft.id)).toEqual(before.draft);
  expect(await eventStateOf(live.id)).toEqual(before.live);

  await test.step("the control: staff replaying publish do publish", async () => {
    const response = await replayAction(page.context().request, publish, baseURL!);
    expect(response.status()).toBeLessThan(400);
    expect((await eventStateOf(draft.id)).status).toBe("published");
  });
});
