import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import type { APIResponse, Page } from "@playwright/test";
import { captureAction, replayAction, type CapturedAction } from "./support/action-replay";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, test, visitorIp, signInAs } from "./support";
import { expectNotFound, expectSentToSignIn, signedInClient, visitorClient } from "./support/http-checks";

// What visitors and members must not do in the staff area: see its pages, or change
// anyone's role by posting the staff form's request themselves. Each refusal leaves the
// database as it was.

// Each form post runs a server action (and often bcrypt): allow for a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });
// Each test signs in (some twice or three times) and posts several forms.
test.describe.configure({ timeout: 90_000 });
// The pages' refusals are read from the server's answers (support/http-checks.ts): no browser.
// That the actions themselves refuse is tested in tests/integration/users.test.ts; the replay
// below proves it for a browser's own request, over HTTP.

const STAFF_PAGES = ["/admin", "/admin/users", "/admin/audit", "/admin/jobs"];

type Person = { id: string; name: string; email: string; password: string };

/** A confirmed account of our own, so that no test changes an account another test uses. */
async function createPerson(name: string, role: "member" | "staff" | "admin" = "member"): Promise<Person> {
  const person = { id: `e2e${randomUUID().replace(/-/g, "").slice(0, 21)}`, name, email: `refused-${randomUUID().slice(0, 8)}@example.org`, password: "Person-password-42" };
  await db.query(
    `INSERT INTO "User" ("id", "name", "email", "emailVerified", "passwordHash", "role", "updatedAt") VALUES ($1, $2, $3, now(), $4, $5::"Role", now())`,
    [person.id, person.name, person.email, await bcrypt.hash(person.password, 4), role],
  );
  return person;
}

async function roleOf(userId: string): Promise<string> {
  const { rows } = await db.query(`SELECT "role" FROM "User" WHERE "id" = $1`, [userId]);
  return rows[0].role;
}

async function roleChangesRecordedFor(userId: string): Promise<number> {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "action" = 'user.role-changed' AND "targetId" = $1`, [userId]);
  return rows[0].n;
}

/**
 * An administrator changes a member's role on /admin/users; the browser's POST (the
 * server action call, with its next-action id and multipart body) is recorded.
 */
async function captureRoleChange(page: Page, admin: Person, target: Person): Promise<CapturedAction> {
  await signInAs(page, admin.email, admin.password);
  await page.goto(`/admin/users?q=${encodeURIComponent(target.email)}`);
  const row = page.getByRole("row").filter({ hasText: target.email });
  await row.getByLabel(`Role of ${target.name}`).selectOption("staff");
  return captureAction(page, async () => {
    await row.getByRole("button", { name: "Change" }).click();
    await expect(row.getByRole("status")).toHaveText("Role changed to Staff.");
    expect(await roleOf(target.id)).toBe("staff");
  });
}

async function expectRefused(response: APIResponse) {
  expect(response.status(), `refusal answered ${response.status()}: ${(await response.text()).slice(0, 300)}`).toBeLessThan(500);
  expect(await response.text()).not.toContain("account.roles.changed");
}

test.describe("a visitor opening a staff page", () => {
  for (const path of STAFF_PAGES) {
    test(`is sent to sign in from ${path}, to come back there after`, async () => {
      const visitor = await visitorClient();
      await expectSentToSignIn(visitor, path);
      await visitor.dispose();
    });
  }
});

test("a member opening staff pages gets “not found”, and is not offered a way in", async () => {
  const member = await createPerson("Mary Anning");
  const client = await signedInClient(member.email, member.password);
  // The header shows its "Staff" link from what /api/session says of the person.
  const session = (await (await client.get("/api/session")).json()) as { user: { staff: boolean } | null };
  expect(session.user, "the member's session").toMatchObject({ staff: false });
  for (const path of STAFF_PAGES) {
    const html = await expectNotFound(client, path);
    // Nor the staff navigation, in the markup or in the page's data.
    expect(html, `${path} shows the staff navigation`).not.toMatch(/aria-label\W{1,6}Staff\W/);
  }
  await client.dispose();
});

test("the role change that staff post is refused to a visitor, a member and non-admin staff, with nothing changed", async ({ page, playwright, baseURL }) => {
  const admin = await createPerson("Ada Admin", "admin");
  const target = await createPerson("Tim Target");
  const member = await createPerson("Mallory Member");

  const captured = await test.step("an administrator changes a member's role; the request is recorded", async () => {
    const request = await captureRoleChange(page, admin, target);
    expect(request.headers["next-action"]).toMatch(/^[0-9a-f]{20,}$/);
    await db.query(`UPDATE "User" SET "role" = 'member' WHERE "id" = $1`, [target.id]);
    return request;
  });
  const changesBefore = await roleChangesRecordedFor(target.id);

  await test.step("a visitor replaying it, without cookies, changes nothing", async () => {
    const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
    const response = await replayAction(visitor, captured, baseURL!);
    await expectRefused(response);
    expect(await response.text()).toContain("forms.errors.notFound");
    await visitor.dispose();
    expect(await roleOf(target.id)).toBe("member");
  });

  await test.step("a member replaying it with their own cookies changes nothing", async () => {
    const client = await signedInClient(member.email, member.password);
    const response = await replayAction(client, captured, baseURL!);
    await expectRefused(response);
    expect(await response.text()).toContain("forms.errors.notFound");
    expect(await roleOf(target.id)).toBe("member");

    // Nor can they make themselves an administrator with the same request.
    const selfPromotion = Buffer.from(
      captured.body
        .toString("latin1")
        .replaceAll(target.id, member.id)
        .replace(/(name="[^"]*role"\r\n\r\n)staff/, "$1admin"),
      "latin1",
    );
    expect(selfPromotion.toString("latin1")).toContain(member.id);
    expect(selfPromotion.toString("latin1")).toMatch(/name="[^"]*role"\r\n\r\nadmin\r\n/);
    await expectRefused(await replayAction(client, captured, baseURL!, selfPromotion));
    expect(await roleOf(member.id)).toBe("member");
    await client.dispose();
  });

  await test.step("staff who are not administrators replaying it change nothing", async () => {
    const client = await signedInClient(DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
    const response = await replayAction(client, captured, baseURL!);
    await expectRefused(response);
    expect(await response.text()).toContain("account.roles.errors.onlyAdmins");
    expect(await roleOf(target.id)).toBe("member");
    await client.dispose();
  });

  expect(await roleChangesRecordedFor(target.id)).toBe(changesBefore);

  await test.step("the same replay with the administrator's cookies does change the role", async () => {
    // The control: the replayed request is a faithful one, so the refusals above came from
    // the action's own authorization, not from a malformed request.
    const response = await replayAction(page.context().request, captured, baseURL!);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("account.roles.changed");
    expect(await roleOf(target.id)).toBe("staff");
    expect(await roleChangesRecordedFor(target.id)).toBe(changesBefore + 1);
  });
});
