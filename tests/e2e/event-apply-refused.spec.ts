import { randomUUID } from "node:crypto";
import { db, expect as baseExpect, signInAs, test } from "./support";
import { insertOpenEvent } from "./support/event-applications";
import { createAccount, type Account } from "./support/hub-moderation";
import { captureAction, replayAction } from "./support/action-replay";
import { expectNotFound, expectSentToSignIn, expectShownWithout, signedInClient, visitorClient } from "./support/http-checks";

// Applications belong to the person who made them: a member can neither open nor act on
// another member's application. Each refusal leaves the database as it was. The pages'
// refusals are read from the server's answers, with no browser (support/http-checks.ts). That a
// visitor sending the registration form is refused, saving nothing, is tested on the action in
// tests/integration/refused-actions.test.ts ("events"); every command's refusal in
// event-applications.test.ts.

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

test("a visitor opening the applications pages is sent to sign in", async () => {
  const owner = await createAccount("Olga Owner");
  const { id } = await insertApplication(owner);
  const visitor = await visitorClient();
  for (const path of ["/account/applications", `/account/applications/${id}/edit`, `/account/applications/${id}/withdraw`]) await expectSentToSignIn(visitor, path);
  await visitor.dispose();
});

test("a member opening another member's application to change or withdraw it gets “not found”", async () => {
  const owner = await createAccount("Olga Owner");
  const stranger = await createAccount("Sam Stranger");
  const { id } = await insertApplication(owner);
  const client = await signedInClient(stranger.email, stranger.password);
  for (const path of [`/account/applications/${id}/edit`, `/account/applications/${id}/withdraw`]) await expectNotFound(client, path, ["Studio manager"]);
  expect(await expectShownWithout(client, "/account/applications", ["Studio manager"])).toContain("You have not applied to an event yet");
  await client.dispose();
});

test("another member replaying the withdraw and edit requests is refused, with nothing changed", async ({ page, baseURL }) => {
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

  const client = await signedInClient(stranger.email, stranger.password);
  for (const captured of [edit, withdraw]) {
    const response = await replayAction(client, captured, baseURL!);
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toContain("forms.errors.notFound");
  }
  await client.dispose();

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
