import { randomUUID } from "node:crypto";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, FROM_THIS_MACHINE, expect as baseExpect, latestEmailTo, linkFrom, test, errorBeside, signIn, signInAs, signInForm, visitorIp } from "./support";

// One person's whole story with their account: joining, confirming the address, signing
// in and out, forgetting the password and choosing a new one.

// Each form post runs a server action (and often bcrypt): allow for a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const REFUSED = "That email and password do not match an account. Check them and try again.";

test("a new person joins, confirms the address, signs in and out, and resets a forgotten password", async ({ page, browser }) => {
  // A whole journey of a dozen pages and form posts.
  test.setTimeout(120_000);
  const email = `ada-${randomUUID().slice(0, 8)}@example.org`;
  const name = "Ada Lovelace";
  const password = "Analytical-Engine-1843";
  const newPassword = "Difference-Engine-1822";

  await test.step("signs up, first with mistakes that are shown beside the fields", async () => {
    await page.goto("/");
    await page.getByRole("banner").getByRole("link", { name: "Join" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Join ECHN" })).toBeVisible();
    const form = page.getByRole("main").locator("form");

    await form.getByLabel("Your name").fill(name);
    await form.getByLabel("Email address").fill("ada@");
    await form.getByLabel("Password").fill("short");
    await form.getByRole("button", { name: "Create account" }).click();

    await expect(form.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
    await expect(await errorBeside(form.getByLabel("Email address"))).toHaveText("Enter an email address like name@example.org.");
    await expect(await errorBeside(form.getByLabel("Password"))).toContainText("Use at least 10 characters.");
    await expect(form.getByLabel("Your name")).not.toHaveAttribute("aria-invalid", "true");
    // What the person typed is still there (the password is deliberately not kept).
    await expect(form.getByLabel("Your name")).toHaveValue(name);
    await expect(form.getByLabel("Email address")).toHaveValue("ada@");
    await expect(form.getByLabel("Password")).toHaveValue("");

    await form.getByLabel("Email address").fill(email);
    await form.getByLabel("Password").fill(password);
    await form.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(/\/sign-up\/check-email\?/);
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("status")).toContainText(`We have sent a confirmation link to ${email}`);
  });

  await test.step("cannot sign in before confirming the address", async () => {
    await page.goto("/sign-in");
    await signIn(page, email, password);
    await expect(signInForm(page).getByRole("alert")).toHaveText(/Please confirm your email address first/);
  });

  await test.step("opens the confirmation link from the outbox page (staff only) and confirms", async () => {
    const staff = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
    await signInAs(staff, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
    await staff.setExtraHTTPHeaders(FROM_THIS_MACHINE);
    await staff.goto("/dev/outbox");
    const message = staff.getByRole("article").filter({ hasText: `To ${email}` }).filter({ has: staff.getByRole("heading", { name: "Confirm your email address for ECHN" }) });
    await expect(message).toHaveCount(1);
    const link = await message.getByRole("link", { name: /\/verify-email\?token=/ }).getAttribute("href");
    await staff.close();
    await page.goto(link!);

    await expect(page.getByRole("heading", { level: 1, name: "Confirm your email address" })).toBeVisible();
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=email-confirmed$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your email address is confirmed. Sign in to continue.");
  });

  await test.step("a wrong password gets the same answer as an unknown address", async () => {
    await signIn(page, email, "Not-the-password-1");
    await expect(signInForm(page).getByRole("alert")).toHaveText(REFUSED);
    await expect(signInForm(page).getByLabel("Email address")).toHaveValue(email);

    await signIn(page, `nobody-${randomUUID().slice(0, 8)}@example.org`, password);
    await expect(signInForm(page).getByRole("alert")).toHaveText(REFUSED);
  });

  await test.step("signs in and sees the account page", async () => {
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(`Signed in as ${email}`);
    await expect(page.getByRole("banner").getByRole("link", { name: `Your account: ${name}` })).toBeVisible();
  });

  await test.step("signs out with the header button, which ends the session on the server too", async () => {
    const signedIn = await page.context().cookies();
    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("You have signed out.");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
    // The cookie of the ended session, kept and sent again, no longer signs anyone in.
    await page.context().addCookies(signedIn);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
  });

  await test.step("forgets the password and asks for a reset link", async () => {
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Forgotten your password?" })).toBeVisible();
    const form = page.getByRole("main").locator("form");
    await form.getByLabel("Email address").fill(email);
    await form.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(form.getByRole("status")).toContainText(`If an account exists for ${email}, we have sent it a link`);
  });

  let resetLink = "";
  await test.step("opens the reset link from the email and chooses a new password", async () => {
    const mail = await latestEmailTo(email);
    expect(mail.subject).toBe("Reset your ECHN password");
    resetLink = linkFrom(mail.text);
    expect(resetLink).toContain("/reset-password?token=");
    await page.goto(resetLink);

    await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    const form = page.getByRole("main").locator("form");
    await form.getByLabel("New password", { exact: true }).fill(newPassword);
    await form.getByLabel("Repeat the new password").fill(newPassword);
    await form.getByRole("button", { name: "Set new password" }).click();

    await expect(page).toHaveURL(/\/sign-in\?notice=password-reset$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your password has been changed. Sign in with the new one.");
  });

  await test.step("the old password no longer works; the new one does", async () => {
    await signIn(page, email, password);
    await expect(signInForm(page).getByRole("alert")).toHaveText(REFUSED);

    await signIn(page, email, newPassword);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  });

  await test.step("the used reset link no longer works", async () => {
    await page.goto(resetLink);
    await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
    await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
  });
});
