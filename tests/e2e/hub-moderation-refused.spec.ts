import type { Page } from "@playwright/test";
import { captureAction, replayAction, type CapturedAction } from "./support/action-replay";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, signInAs, test, visitorIp } from "./support";
import { createAccount, createHub, moderationStateOf } from "./support/hub-moderation";

// Moderation is for staff only: visitors and members neither see the queue or a hub's review
// page, nor approve a hub by replaying the request a moderator's browser sends — not even the
// hub's own owner. Each refusal leaves the database as it was.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

test("a visitor opening moderation pages is sent to sign in", async ({ page }) => {
  const hub = await createHub({ ownerIds: [] });
  for (const path of ["/admin/hubs", `/admin/hubs/${hub.id}`]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
  }
});

test("a member — even the hub's owner — opening moderation pages gets “not found”", async ({ page }) => {
  const member = await createAccount("Mona Member");
  const hub = await createHub({ ownerIds: [member.id] });
  await signInAs(page, member.email, member.password);
  for (const path of ["/admin/hubs", `/admin/hubs/${hub.id}`, "/admin/hubs?show=published"]) {
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path} for a member`).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
    await expect(page.getByText(hub.name)).toHaveCount(0);
  }
});

/** Staff approve a hub on its review page; the browser's server-action POST is recorded. */
async function captureApproval(page: Page, hubId: string): Promise<CapturedAction> {
  await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
  await page.goto(`/admin/hubs/${hubId}`);
  return captureAction(page, async () => {
    await page.getByRole("button", { name: "Approve and publish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();
  });
}

test("the approval staff post is refused to a visitor and to members, the owner included, with nothing changed", async ({ page, browser, playwright, baseURL }) => {
  const owner = await createAccount("Oscar Owner");
  const stranger = await createAccount("Sam Stranger");
  const hub = await createHub({ ownerIds: [owner.id] });

  const captured = await test.step("staff approve the hub; the request is recorded, then the hub is put back in the queue", async () => {
    const request = await captureApproval(page, hub.id);
    expect(request.headers["next-action"]).toMatch(/^[0-9a-f]{20,}$/);
    expect((await moderationStateOf(hub.id)).status).toBe("published");
    await db.query(`UPDATE "Hub" SET "status" = 'pending', "publishedAt" = NULL, "reviewedSnapshot" = NULL WHERE "id" = $1`, [hub.id]);
    return request;
  });
  const before = await moderationStateOf(hub.id);
  const emailsBefore = async () => (await db.query(`SELECT count(*)::int AS n FROM "OutboxEmail" WHERE "to" = $1`, [owner.email])).rows[0].n as number;
  const emails = await emailsBefore();

  await test.step("a visitor replaying it, without cookies, changes nothing", async () => {
    const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
    const response = await replayAction(visitor, captured, baseURL!);
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toContain("forms.errors.notFound");
    await visitor.dispose();
  });

  for (const person of [stranger, owner]) {
    await test.step(`${person.name} replaying it with their own cookies changes nothing`, async () => {
      const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
      await signInAs(await context.newPage(), person.email, person.password);
      const response = await replayAction(context.request, captured, baseURL!);
      expect(response.status()).toBeLessThan(500);
      expect(await response.text()).toContain("forms.errors.notFound");
      await context.close();
    });
  }

  expect(await moderationStateOf(hub.id)).toEqual(before);
  expect(await emailsBefore()).toBe(emails);

  await test.step("the same replay with the moderator's cookies does approve it", async () => {
    // The control: the refusals above came from the action's own authorization.
    const response = await replayAction(page.context().request, captured, baseURL!);
    expect(response.status()).toBeLessThan(400);
    expect(await moderationStateOf(hub.id)).toMatchObject({ status: "published", auditEvents: before.auditEvents + 1 });
  });
});
