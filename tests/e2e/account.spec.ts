import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import type { Page } from "@playwright/test";
import { db, expect as baseExpect, latestEmailTo, test, errorBeside, signIn, signInForm, visitorIp } from "./support";

// A member looks after their own account: their name, their password, and finally
// deleting the account.

// Each form post runs a server action (and often bcrypt): allow for a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });
// Each test signs in (some twice or three times) and posts several forms.
test.describe.configure({ timeout: 90_000 });

type Member = { id: string; name: string; email: string; password: string };

/** A confirmed member of our own, so that no test changes an account another test uses. */
async function createMember(name: string): Promise<Member> {
  const member = { id: `e2e${randomUUID().replace(/-/g, "").slice(0, 21)}`, name, email: `account-${randomUUID().slice(0, 8)}@example.org`, password: "Member-password-42" };
  await db.query(
    `INSERT INTO "User" ("id", "name", "email", "emailVerified", "passwordHash", "role", "updatedAt") VALUES ($1, $2, $3, now(), $4, 'member', now())`,
    [member.id, member.name, member.email, await bcrypt.hash(member.password, 4)],
  );
  return member;
}

/** One section of the account page, found by its heading. */
const section = (page: Page, title: string) => page.getByRole("region", { name: title });

test("a member changes their name", async ({ page }) => {
  const member = await createMember("Grace Hopper");
  await page.goto("/sign-in");
  await signIn(page, member.email, member.password);
  await expect(page).toHaveURL(/\/account$/);

  const details = section(page, "Your details");
  await expect(details.getByLabel("Your name")).toHaveValue("Grace Hopper");
  await details.getByLabel("Your name").fill("   ");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(await errorBeside(details.getByLabel("Your name"))).toHaveText("Enter your name.");

  await details.getByLabel("Your name").fill("Rear Admiral Grace Hopper");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("status")).toHaveText("Your details are saved.");
  await expect(details.getByLabel("Your name")).toHaveValue("Rear Admiral Grace Hopper");

  await page.reload();
  await expect(section(page, "Your details").getByLabel("Your name")).toHaveValue("Rear Admiral Grace Hopper");
  await expect(page.getByRole("banner").getByRole("link", { name: "Your account: Rear Admiral Grace Hopper" })).toBeVisible();
  const { rows } = await db.query(`SELECT "name" FROM "User" WHERE "id" = $1`, [member.id]);
  expect(rows[0].name).toBe("Rear Admiral Grace Hopper");
});

test("a member changes their password and is signed out everywhere else", async ({ page, browser }) => {
  const member = await createMember("Katherine Johnson");
  const newPassword = "Orbital-mechanics-1962";

  // The member's other device, signed in before the change.
  const otherDevice = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const otherPage = await otherDevice.newPage();
  await otherPage.goto("/sign-in");
  await signIn(otherPage, member.email, member.password);
  await expect(otherPage).toHaveURL(/\/account$/);

  await page.goto("/sign-in");
  await signIn(page, member.email, member.password);
  await expect(page).toHaveURL(/\/account$/);
  const passwordSection = section(page, "Change your password");

  await test.step("a wrong current password is refused beside the field", async () => {
    await passwordSection.getByLabel("Current password").fill("Not-my-password-1");
    await passwordSection.getByLabel("New password", { exact: true }).fill(newPassword);
    await passwordSection.getByLabel("Repeat the new password").fill(newPassword);
    await passwordSection.getByRole("button", { name: "Change password" }).click();
    await expect(await errorBeside(passwordSection.getByLabel("Current password"))).toHaveText("That is not your current password.");
    const { rows } = await db.query(`SELECT "passwordHash" FROM "User" WHERE "id" = $1`, [member.id]);
    expect(await bcrypt.compare(member.password, rows[0].passwordHash)).toBe(true);
  });

  await test.step("the right current password changes it; this page stays signed in", async () => {
    await passwordSection.getByLabel("Current password").fill(member.password);
    await passwordSection.getByLabel("New password", { exact: true }).fill(newPassword);
    await passwordSection.getByLabel("Repeat the new password").fill(newPassword);
    await passwordSection.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/account\?notice=password-changed/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "Your password has been changed and your other devices were signed out. We have emailed you a confirmation.",
    );
    expect((await latestEmailTo(member.email)).subject).toBe("Your ECHN password was changed");

    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(`Signed in as ${member.email}`);
  });

  await test.step("the other device is signed out on its next page", async () => {
    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/sign-in\?next=%2Faccount/);
    await expect(otherPage.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  await test.step("the old password is refused and the new one works", async () => {
    await otherPage.goto("/sign-in");
    await signIn(otherPage, member.email, member.password);
    await expect(signInForm(otherPage).getByRole("alert")).toHaveText("That email and password do not match an account. Check them and try again.");
    await otherPage.goto("/sign-in");
    await signIn(otherPage, member.email, newPassword);
    await expect(otherPage).toHaveURL(/\/account$/);
  });
  await otherDevice.close();
});

test("a member deletes their account", async ({ page }) => {
  const member = await createMember("Hedy Lamarr");
  await page.goto("/sign-in");
  await signIn(page, member.email, member.password);
  await expect(page).toHaveURL(/\/account$/);
  const deletion = section(page, "Delete your account");

  await test.step("without the confirmation words nothing is deleted", async () => {
    await deletion.getByLabel("Your password").fill(member.password);
    await deletion.getByLabel('Type "delete my account" to confirm').fill("delete it");
    await deletion.getByRole("button", { name: "Delete my account" }).click();
    await expect(await errorBeside(deletion.getByLabel('Type "delete my account" to confirm'))).toHaveText('Type "delete my account" to confirm.');
    await expect(deletion.getByLabel('Type "delete my account" to confirm')).toHaveValue("delete it");
    const { rowCount } = await db.query(`SELECT 1 FROM "User" WHERE "id" = $1`, [member.id]);
    expect(rowCount).toBe(1);
  });

  await test.step("with them, the account is deleted and the member signed out", async () => {
    await deletion.getByLabel("Your password").fill(member.password);
    await deletion.getByLabel('Type "delete my account" to confirm').fill("delete my account");
    await deletion.getByRole("button", { name: "Delete my account" }).click();

    await expect(page).toHaveURL(/\/\?notice=account-deleted$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your account has been deleted. We have emailed you a confirmation.");
    expect((await latestEmailTo(member.email)).subject).toBe("Your ECHN account has been deleted");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
  });

  await test.step("the account is gone: no row, and signing in is refused", async () => {
    const { rowCount } = await db.query(`SELECT 1 FROM "User" WHERE "id" = $1 OR "email" = $2`, [member.id, member.email]);
    expect(rowCount).toBe(0);
    await page.goto("/sign-in");
    await signIn(page, member.email, member.password);
    await expect(signInForm(page).getByRole("alert")).toHaveText("That email and password do not match an account. Check them and try again.");
  });
});
