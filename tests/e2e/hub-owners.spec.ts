import { randomBytes, randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { captureAction, replayAction, type CapturedAction } from "./support/action-replay";
import { db, expect as baseExpect, expectNoAxeViolations, latestEmailTo, linkFrom, signIn, signInAs, test, visitorIp } from "./support";

// A hub owner after submitting: sees where each hub stands and what the moderator said,
// invites a colleague who accepts from the email, archives a hub (after a confirmation
// step), and confirms once a year that the details are still true. Someone else replaying
// those requests changes nothing.

// Each form post runs a server action: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

type Person = { id: string; name: string; email: string; password: string };

async function createPerson(name: string): Promise<Person> {
  const person = { id: `e2e${randomUUID().replace(/-/g, "").slice(0, 21)}`, name, email: `owners-${randomUUID().slice(0, 8)}@example.org`, password: "Owner-password-42" };
  await db.query(
    `INSERT INTO "User" ("id", "name", "email", "emailVerified", "passwordHash", "role", "updatedAt") VALUES ($1, $2, $3, now(), $4, 'member', now())`,
    [person.id, person.name, person.email, await bcrypt.hash(person.password, 4)],
  );
  return person;
}

type HubOptions = { status?: string; moderatorMessage?: string; monthsSinceConfirmed?: number };

/** A hub written straight into the database (the demo hubs are another story's), owned by `owners`. */
async function createHub(name: string, owners: Person[], opts: HubOptions = {}) {
  const id = `e2ehub${randomBytes(8).toString("hex")}`;
  const key = randomBytes(4).toString("hex");
  await db.query(
    `INSERT INTO "Hub" ("id", "slug", "name", "nameKey", "kind", "format", "disciplines", "services", "summary", "story", "socialLinks",
       "contactEmail", "city", "cityKey", "countryCode", "latitude", "longitude", "status", "moderatorMessage", "confirmedAt", "publishedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'studio', 'static', '{design}', '{}', 'A shared studio for designers and makers by the river.', '', '{}',
       'studio@example.org', 'Ghent', 'ghent', 'BE', 51.05, 3.72, $5::"HubStatus", $6, now() - make_interval(months => $7), now(), now())`,
    [id, `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${key}`, name, `${name.toLowerCase().replace(/[^a-z0-9]/g, "")}${key}`, opts.status ?? "published", opts.moderatorMessage ?? null, opts.monthsSinceConfirmed ?? 0],
  );
  for (const owner of owners) await db.query(`INSERT INTO "HubOwner" ("hubId", "userId") VALUES ($1, $2)`, [id, owner.id]);
  return { id, name };
}

const hubRow = async (id: string) => (await db.query(`SELECT "status", "confirmedAt" FROM "Hub" WHERE "id" = $1`, [id])).rows[0] as { status: string; confirmedAt: Date };
const ownerIds = async (hubId: string) => (await db.query(`SELECT "userId" FROM "HubOwner" WHERE "hubId" = $1 ORDER BY "userId"`, [hubId])).rows.map((r) => r.userId as string);
const count = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0].n as number;

/** One hub's card on /account/hubs, found by its heading. */
const card = (page: Page, name: string) => page.getByRole("article", { name });

async function signedInPage(browser: Browser, person: Person) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const page = await context.newPage();
  await signInAs(page, person.email, person.password);
  return page;
}

test("an owner sees each of their hubs, where it stands and what the moderator said", async ({ page }) => {
  const owner = await createPerson("Olga Owner");
  const stranger = await createPerson("Sam Stranger");
  const suffix = randomBytes(3).toString("hex");
  const live = await createHub(`Riverside Studio ${suffix}`, [owner], { monthsSinceConfirmed: 13 });
  const fixme = await createHub(`Loom Lab ${suffix}`, [owner], { status: "changes_requested", moderatorMessage: "Please add the street address." });
  const refused = await createHub(`Nowhere Hub ${suffix}`, [owner], { status: "rejected", moderatorMessage: "This is a shop, not a creative hub." });
  const waiting = await createHub(`Kiln Collective ${suffix}`, [owner, stranger], { status: "pending" });
  const theirs = await createHub(`Someone Else's Hub ${suffix}`, [stranger]);
  await db.query(`INSERT INTO "HubDraft" ("id", "ownerId", "name", "values", "updatedAt") VALUES ($1, $2, $3, '{}', now())`, [`e2edraft${suffix}`, owner.id, `Half-finished Hub ${suffix}`]);

  await signInAs(page, owner.email, owner.password);
  await page.getByRole("link", { name: "Your hubs", exact: true }).click();
  await expect(page).toHaveURL(/\/account\/hubs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your hubs" })).toBeVisible();

  await expect(card(page, live.name)).toContainText("Published");
  await expect(card(page, live.name)).toContainText("It is time for the yearly check");
  await expect(card(page, live.name).getByRole("link", { name: `View the public page of ${live.name}` })).toHaveAttribute("href", /^\/hubs\/riverside-studio-/);
  await expect(card(page, fixme.name)).toContainText("Changes requested");
  await expect(card(page, fixme.name)).toContainText("What our team asked for:");
  await expect(card(page, fixme.name)).toContainText("Please add the street address.");
  await expect(card(page, refused.name)).toContainText("Not accepted");
  await expect(card(page, refused.name)).toContainText("This is a shop, not a creative hub.");
  await expect(card(page, waiting.name)).toContainText("Waiting for review");
  await expect(card(page, waiting.name).getByRole("link", { name: /View the public page/ })).toHaveCount(0);
  await expect(card(page, waiting.name).getByRole("listitem").filter({ hasText: "Sam Stranger" })).toBeVisible();
  await expect(card(page, fixme.name).getByRole("link", { name: `Edit ${fixme.name}` })).toHaveAttribute("href", `/account/hubs/${fixme.id}/edit`);
  await expect(page.getByRole("article", { name: theirs.name })).toHaveCount(0);

  const drafts = page.getByRole("region", { name: "Drafts" });
  await expect(drafts.getByRole("link", { name: `Continue Half-finished Hub ${suffix}` })).toHaveAttribute("href", `/hubs/new?draft=e2edraft${suffix}`);
  await drafts.getByRole("button", { name: `Delete draft Half-finished Hub ${suffix}` }).click();
  await expect(page.getByRole("status")).toHaveText("The draft is deleted.");
  await expect(page.getByRole("region", { name: "Drafts" })).toHaveCount(0);
  expect(await count(`SELECT count(*)::int AS n FROM "HubDraft" WHERE "ownerId" = $1`, [owner.id])).toBe(0);

  await expectNoAxeViolations(page);
});

test("an owner invites a colleague by email, who signs in from the link, accepts, and manages the hub", async ({ page, browser }) => {
  const owner = await createPerson("Olga Owner");
  const colleague = await createPerson("Cai Colleague");
  const hub = await createHub(`Harbour Makerspace ${randomBytes(3).toString("hex")}`, [owner]);

  await signInAs(page, owner.email, owner.password);
  await page.goto("/account/hubs");
  const ownersCard = card(page, hub.name);
  await ownersCard.getByText(`Invite a co-owner`).click();
  await ownersCard.getByLabel("Email address of the person to invite").fill(colleague.email.toUpperCase());
  await ownersCard.getByRole("button", { name: "Send invitation" }).click();
  await expect(ownersCard.getByRole("status")).toHaveText(`Invitation sent to ${colleague.email}. The link in it works once and for 14 days.`);
  await expect(ownersCard.getByRole("listitem").filter({ hasText: colleague.email })).toContainText("invited by Olga Owner");

  const email = await latestEmailTo(colleague.email);
  expect(email.subject).toBe(`You are invited to manage “${hub.name}” on the European Creative Hubs Network map`);
  const link = linkFrom(email.text);
  expect(new URL(link).pathname).toBe("/account/hubs/invite");

  const visitor = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const invitee = await visitor.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("main")).toContainText(`Olga Owner invited ${colleague.email} to manage ${hub.name}`);
  await invitee.getByRole("link", { name: "Sign in to accept" }).click();
  await signIn(invitee, colleague.email, colleague.password);
  await expect(invitee).toHaveURL(/\/account\/hubs\/invite\?token=/);
  await expect(invitee.getByRole("main")).toContainText(`Olga Owner invited you to manage ${hub.name}`);
  await invitee.getByRole("button", { name: /^Accept/ }).click();

  await expect(invitee).toHaveURL(/\/account\/hubs\?notice=joined$/);
  await expect(invitee.getByRole("status")).toContainText("you now manage this hub");
  await expect(card(invitee, hub.name)).toContainText("Cai Colleague (you)");
  expect(await ownerIds(hub.id)).toEqual([owner.id, colleague.id].sort());
  expect((await latestEmailTo(owner.email)).text).toContain("Cai Colleague accepted your invitation");

  await test.step("the link works once", async () => {
    await invitee.goto(link);
    await expect(invitee.getByRole("main")).toContainText("This invitation has already been used");
    await expect(invitee.getByRole("button", { name: /^Accept/ })).toHaveCount(0);
  });
  await visitor.close();
});

test("an owner archives a hub after a confirmation step, and unarchives it back into review", async ({ page }) => {
  const owner = await createPerson("Olga Owner");
  const hub = await createHub(`Tidal Lab ${randomBytes(3).toString("hex")}`, [owner]);

  await signInAs(page, owner.email, owner.password);
  await page.goto("/account/hubs");
  await card(page, hub.name).getByRole("link", { name: `Archive this hub (${hub.name})` }).click();
  const confirm = page.getByRole("region", { name: `Archive “${hub.name}”?` });
  await expect(confirm).toContainText("Nothing is deleted");
  expect((await hubRow(hub.id)).status, "opening the confirmation changes nothing").toBe("published");
  await expectNoAxeViolations(page);

  await confirm.getByRole("link", { name: "No, keep it as it is" }).click();
  await expect(page.getByRole("region", { name: `Archive “${hub.name}”?` })).toHaveCount(0);
  await card(page, hub.name).getByRole("link", { name: /Archive this hub/ }).click();
  await page.getByRole("button", { name: `Yes, archive “${hub.name}”` }).click();

  await expect(page.getByRole("status")).toContainText("The hub is archived. It no longer appears on the map or in the directory");
  await expect(card(page, hub.name)).toContainText("Archived");
  expect((await hubRow(hub.id)).status).toBe("archived");
  expect(await count(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "action" = 'hub.archived' AND "targetId" = $1 AND "actorId" = $2`, [hub.id, owner.id])).toBe(1);

  await expect(card(page, hub.name)).toContainText("Unarchiving sends the hub back to review");
  await card(page, hub.name).getByRole("button", { name: `Unarchive ${hub.name}` }).click();
  await expect(page.getByRole("status")).toContainText("back in the review queue");
  await expect(card(page, hub.name)).toContainText("Waiting for review");
  expect((await hubRow(hub.id)).status).toBe("pending");
});

test("an owner confirms that a hub not confirmed for 18 months is still true", async ({ page }) => {
  const owner = await createPerson("Olga Owner");
  const hub = await createHub(`Old Mill Hub ${randomBytes(3).toString("hex")}`, [owner], { monthsSinceConfirmed: 19 });

  await signInAs(page, owner.email, owner.password);
  await page.goto("/account/hubs");
  await expect(card(page, hub.name)).toContainText("Not confirmed recently:");
  await card(page, hub.name).getByRole("button", { name: `Confirm the information is still true for ${hub.name}` }).click();
  await expect(card(page, hub.name).getByRole("status")).toHaveText("Thank you — the information is confirmed as true today. We will ask again in a year.");
  await expect(card(page, hub.name)).not.toContainText("Not confirmed recently");
  expect(Date.now() - new Date((await hubRow(hub.id)).confirmedAt).getTime()).toBeLessThan(5 * 60_000);
});

// ---------------------------------------------------------------- refused access

async function replay(client: APIRequestContext, captured: CapturedAction, baseURL: string) {
  const response = await replayAction(client, captured, baseURL);
  expect(response.status()).toBeLessThan(500);
  return response.text();
}

test("someone else replaying an owner's archive and invite requests is refused, and nothing changes", async ({ page, browser, playwright, baseURL }) => {
  const owner = await createPerson("Olga Owner");
  const other = await createPerson("Mallory Member");
  const hub = await createHub(`Guarded Hub ${randomBytes(3).toString("hex")}`, [owner]);
  const invited = `invited-${randomUUID().slice(0, 8)}@example.org`;

  await signInAs(page, owner.email, owner.password);
  await page.goto(`/account/hubs?archive=${hub.id}`);
  const archive = await captureAction(page, async () => {
    await page.getByRole("button", { name: `Yes, archive “${hub.name}”` }).click();
    await expect(page.getByRole("status")).toContainText("The hub is archived");
  });
  const invite = await captureAction(page, async () => {
    await card(page, hub.name).getByText("Invite a co-owner").click();
    await card(page, hub.name).getByLabel("Email address of the person to invite").fill(invited);
    await card(page, hub.name).getByRole("button", { name: "Send invitation" }).click();
    await expect(card(page, hub.name).getByRole("status")).toContainText("Invitation sent");
  });
  // Back to the state before, so that a replay that worked would show.
  await db.query(`UPDATE "Hub" SET "status" = 'published' WHERE "id" = $1`, [hub.id]);
  await db.query(`DELETE FROM "HubInvite" WHERE "hubId" = $1`, [hub.id]);
  const emailsBefore = await count(`SELECT count(*)::int AS n FROM "OutboxEmail" WHERE "to" = $1`, [invited]);
  const auditsBefore = await count(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "targetId" = $1`, [hub.id]);

  const otherPage = await signedInPage(browser, other);
  const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  for (const client of [otherPage.context().request, visitor]) {
    expect(await replay(client, archive, baseURL!)).toContain("forms.errors.notFound");
    expect(await replay(client, invite, baseURL!)).toContain("forms.errors.notFound");
  }
  await visitor.dispose();
  await otherPage.context().close();

  expect((await hubRow(hub.id)).status).toBe("published");
  expect(await ownerIds(hub.id)).toEqual([owner.id]);
  expect(await count(`SELECT count(*)::int AS n FROM "HubInvite" WHERE "hubId" = $1`, [hub.id])).toBe(0);
  expect(await count(`SELECT count(*)::int AS n FROM "OutboxEmail" WHERE "to" = $1`, [invited])).toBe(emailsBefore);
  expect(await count(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "targetId" = $1`, [hub.id])).toBe(auditsBefore);

  await test.step("the owner's own replay works: the refusals came from the authorization", async () => {
    await replay(page.context().request, archive, baseURL!);
    expect((await hubRow(hub.id)).status).toBe("archived");
  });
});

test("a hub's page offers “ask to manage it” to a signed-in member, once; tells its owner they manage it; and asks a visitor to sign in", async ({ page, browser }) => {
  const owner = await createPerson("Olga Owner");
  const hub = await createHub(`Riverside Studio ${randomBytes(3).toString("hex")}`, [owner]);
  const slug = (await db.query(`SELECT "slug" FROM "Hub" WHERE "id" = $1`, [hub.id])).rows[0].slug as string;
  const standing = (p: Page) => p.getByRole("region", { name: "Is this your hub?" });

  await test.step("a visitor is offered to sign in, and comes back to the hub", async () => {
    await page.goto(`/hubs/${slug}`);
    const signIn = standing(page).getByRole("link", { name: "sign in to ask to manage it" });
    await expect(signIn).toHaveAttribute("href", `/sign-in?next=${encodeURIComponent(`/hubs/${slug}#standing`)}`);
  });

  const member = await createPerson("Mira Member");
  const memberPage = await signedInPage(browser, member);
  await test.step("a signed-in member asks to manage it from its page", async () => {
    await memberPage.goto(`/hubs/${slug}`);
    await standing(memberPage).getByRole("button", { name: "This is my hub — ask to manage it" }).click();
    await standing(memberPage).getByLabel(`How are you involved with ${hub.name}?`).fill("I run the studio's print room.");
    await standing(memberPage).getByRole("button", { name: "Send the request" }).click();
    await expect(standing(memberPage).getByRole("status")).toContainText("we have passed your request to our team");
    expect((await db.query(`SELECT "userId", "status" FROM "HubManagementRequest" WHERE "hubId" = $1`, [hub.id])).rows).toEqual([{ userId: member.id, status: "pending" }]);
  });

  await test.step("back on the page, the member is told the request waits, with no second offer", async () => {
    await memberPage.reload();
    await expect(standing(memberPage)).toContainText("You have asked to manage this hub.");
    await expect(standing(memberPage).getByRole("button", { name: "This is my hub — ask to manage it" })).toHaveCount(0);
  });

  await test.step("the owner is told they manage it, with the way to edit it", async () => {
    await signInAs(page, owner.email, owner.password);
    await page.goto(`/hubs/${slug}`);
    await expect(standing(page)).toContainText("You manage this hub.");
    await expect(standing(page).getByRole("link", { name: `Edit ${hub.name}` })).toHaveAttribute("href", `/account/hubs/${hub.id}/edit`);
    await expect(standing(page).getByRole("button", { name: "This is my hub — ask to manage it" })).toHaveCount(0);
  });
  expect(await count(`SELECT count(*)::int AS n FROM "HubManagementRequest" WHERE "hubId" = $1`, [hub.id])).toBe(1);
  await memberPage.context().close();
});
