import { randomUUID } from "node:crypto";
import { db, expect as baseExpect, signInAs, test, visitorIp } from "./support";
import { insertOpenEvent } from "./support/event-applications";
import { createAccount, type Account } from "./support/hub-moderation";
import { captureAction, replayAction } from "./support/action-replay";

// Applications belong to the person who made them: a visitor cannot apply by replaying the
// form's request, and a member can neither open nor act on another member's application.
// Each refusal leaves the database as it was.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });



/** Everything a refused request could have changed about an event's applications. */
async function stateOf(slug: string) {
  const { rows } = await db.query(
    `SELECT a."id", a."status", a."role", a."userId", a."offerExpiresAt", a."updatedAt" FROM "EventApplication" a JOIN "Event" e ON e."id" = a."eventId"
      WHERE e."slug" = $1 ORDER BY a."id"`,
    [slug],
  );
  const audit = await db.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "targetType" = 'EventApplication' AND "targetId" = ANY($1)`, [rows.map((r) => r.id)]);
  return { rows, auditEvents: audit.rows[0].n as number };
}

/** A pending application to a new application event, written straight into the database. */
async function insertApplication(owner: Account): Promise<{ id: string; slug: string }> {
  const slug = await insertOpenEvent({ participation: "application" });
  const id = `e2eapp${randomUUID().replace(/-/g, "").slice(0, 18)}`;
  await db.query(
    `INSERT INTO "EventApplication" ("id", "status", "role", "bring", "takeAway", "eventId", "userId", "updatedAt")
     SELECT $1, 'pending', 'Studio manager', 'Stories from our open days.', 'Better newsletters.', "id", $2, now() FROM "Event" WHERE "slug" = $3`,
    [id, owner.id, slug],
  );
  return { id, slug };
}

async function signedInContext(browser: import("@playwright/test").Browser, person: Account) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  await signInAs(await context.newPage(), person.email, person.password);
  return context;
}

test("a visitor replaying the registration form's request is refused, and nothing is saved", async ({ page, playwright, baseURL }) => {
  const member = await createAccount("Reggie Registrant");
  const slug = await insertOpenEvent({ participation: "registration" });
  await signInAs(page, member.email, member.password);
  await page.goto(`/events/${slug}/apply`);
  const captured = await captureAction(page, async () => {
    const main = page.getByRole("main");
    await main.getByLabel("Your role").fill("Host");
    await main.getByLabel("What you want to bring").fill("Questions.");
    await main.getByLabel("What you want to take away").fill("Answers.");
    await main.getByRole("button", { name: "Register" }).click();
    await expect(page).toHaveURL("/account/applications?notice=registered");
  });
  const before = await stateOf(slug);
  expect(before.rows).toHaveLength(1);

  const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const response = await replayAction(visitor, captured, baseURL!);
  expect(response.status()).toBeLessThan(500);
  expect(await response.text()).toContain("eventApplications.errors.signInToApply");
  await visitor.dispose();

  expect(await stateOf(slug)).toEqual(before);
});

test("a visitor opening the applications pages is sent to sign in", async ({ page }) => {
  const owner = await createAccount("Olga Owner");
  const { id } = await insertApplication(owner);
  for (const path of ["/account/applications", `/account/applications/${id}/edit`, `/account/applications/${id}/withdraw`]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
  }
});

test("a member opening another member's application to change or withdraw it gets “not found”", async ({ page }) => {
  const owner = await createAccount("Olga Owner");
  const stranger = await createAccount("Sam Stranger");
  const { id } = await insertApplication(owner);
  await signInAs(page, stranger.email, stranger.password);
  for (const path of [`/account/applications/${id}/edit`, `/account/applications/${id}/withdraw`]) {
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path} for another member`).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
    await expect(page.getByText("Studio manager")).toHaveCount(0);
  }
  await page.goto("/account/applications");
  await expect(page.getByText("You have not applied to an event yet")).toBeVisible();
});

test("another member replaying the withdraw and edit requests is refused, with nothing changed", async ({ page, browser, baseURL }) => {
  const owner = await createAccount("Olga Owner");
  const stranger = await createAccount("Sam Stranger");
  const { id, slug } = await insertApplication(owner);
  await signInAs(page, owner.email, owner.password);
  const main = page.getByRole("main");

  const edit = await test.step("the owner changes their answers; the request is recorded", async () => {
    await page.goto(`/account/applications/${id}/edit`);
    return captureAction(page, async () => {
      await main.getByLabel("Your role").fill("Changed by the owner");
      await main.getByRole("button", { name: "Save changes" }).click();
      await expect(page).toHaveURL("/account/applications?notice=updated");
    });
  });
  const withdraw = await test.step("the owner withdraws; the request is recorded, then the application is put back", async () => {
    await page.goto(`/account/applications/${id}/withdraw`);
    const captured = await captureAction(page, async () => {
      await main.getByRole("button", { name: "Yes, withdraw" }).click();
      await expect(page).toHaveURL("/account/applications?notice=withdrawn");
    });
    await db.query(`UPDATE "EventApplication" SET "status" = 'pending', "role" = 'Studio manager' WHERE "id" = $1`, [id]);
    return captured;
  });
  const before = await stateOf(slug);
  const emails = async () => (await db.query(`SELECT count(*)::int AS n FROM "OutboxEmail" WHERE "to" = $1`, [owner.email])).rows[0].n as number;
  const emailsBefore = await emails();

  const context = await signedInContext(browser, stranger);
  for (const captured of [edit, withdraw]) {
    const response = await replayAction(context.request, captured, baseURL!);
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toContain("forms.errors.notFound");
  }
  await context.close();

  expect(await stateOf(slug)).toEqual(before);
  expect(await emails()).toBe(emailsBefore);

  await test.step("the same withdraw replayed with the owner's cookies does withdraw", async () => {
    // The control: the refusals above came from the commands' own authorization.
    const response = await replayAction(page.context().request, withdraw, baseURL!);
    expect(response.status()).toBeLessThan(400);
    const { rows } = await db.query(`SELECT "status" FROM "EventApplication" WHERE "id" = $1`, [id]);
    expect(rows[0].status).toBe("withdrawn");
  });
});
