import { expect, type Locator, type Page } from "@playwright/test";

/** The error shown beside a field: the element its aria-describedby names as the error. */
export async function errorBeside(field: Locator): Promise<Locator> {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(/\s+/);
  const errorId = ids.find((id) => /error/i.test(id));
  expect(errorId, "the field names its error in aria-describedby").toBeTruthy();
  return field.page().locator(`[id="${errorId}"]`);
}

/** The sign-in form (the sign-in page also holds the "send a new confirmation link" form). */
export const signInForm = (page: Page) => page.locator("form").filter({ has: page.getByRole("button", { name: "Sign in", exact: true }) });

/** Fills and sends the sign-in form of the page that is open. */
export async function signIn(page: Page, email: string, password: string) {
  const form = signInForm(page);
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Opens the sign-in page, signs in, and waits for the account page it leads to. */
export async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/account$/, { timeout: 15_000 });
}

/**
 * Signs `page`'s context in through Auth.js's credentials endpoint, as the sign-in form posts it
 * (the same checks, rate limits and session), without opening the form: for tests about other
 * pages. `headers`: the client address the page's requests carry.
 */
export async function signInByPost(page: Page, email: string, password: string, headers: Record<string, string> = {}) {
  const request = page.context().request;
  const { csrfToken } = (await (await request.get("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { ...headers, origin: new URL(process.env.E2E_BASE_URL!).origin },
    form: { email, password, csrfToken, callbackUrl: "/account" },
    maxRedirects: 0,
  });
  expect(response.status(), `signing in as ${email}`).toBe(302);
  expect(response.headers().location ?? "", `signing in as ${email}`).not.toContain("error");
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith("authjs.session-token")), `a session for ${email}`).toBe(true);
}
