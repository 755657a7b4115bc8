// Page refusals read from the server's answer alone, with no browser: a visitor sent to sign
// in (the redirect itself), a member answered "not found" (a 404 whose page, markup and data
// included, names nothing of what it guards). A page opened in Chromium costs a second or
// more on a busy machine; a request, tens of milliseconds.
import { expect, request, type APIRequestContext } from "@playwright/test";
import { visitorIp } from "./index";

const baseURL = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the end-to-end tests through `npx playwright test`.");
  return url;
};

/** A client without cookies, from an address of its own: a visitor. Dispose of it after. */
export function visitorClient(): Promise<APIRequestContext> {
  return request.newContext({ baseURL: baseURL(), extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
}

/**
 * A client signed in through Auth.js's credentials endpoint, as the sign-in form posts it (the
 * same checks, rate limits and session cookie), from an address of its own. Dispose of it after.
 */
export async function signedInClient(email: string, password: string): Promise<APIRequestContext> {
  const client = await visitorClient();
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await client.post("/api/auth/callback/credentials", {
    headers: { origin: new URL(baseURL()).origin },
    form: { email, password, csrfToken, callbackUrl: "/account" },
    maxRedirects: 0,
  });
  expect(response.status(), `signing in as ${email}`).toBe(302);
  expect(response.headers().location ?? "", `signing in as ${email}`).not.toContain("error");
  const { cookies } = await client.storageState();
  expect(cookies.some((c) => c.name.endsWith("authjs.session-token")), `a session for ${email}`).toBe(true);
  return client;
}

/** Asking for `path` without a session sends one to sign in, to come back there after. */
export async function expectSentToSignIn(client: APIRequestContext, path: string) {
  const response = await client.get(path, { maxRedirects: 0 });
  expect(response.status(), `status of ${path} for a visitor`).toBe(307);
  expect(response.headers().location, `where ${path} sends a visitor`).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
}

/** `path` answers "not found" (404), and nowhere in the answer names any of `hidden`. Returns the answer's page. */
export async function expectNotFound(client: APIRequestContext, path: string, hidden: readonly string[] = []): Promise<string> {
  const response = await client.get(path, { maxRedirects: 0 });
  expect(response.status(), `status of ${path}`).toBe(404);
  const html = await response.text();
  for (const text of hidden) expect(html, `${path} names “${text}”`).not.toContain(text);
  return html;
}

/** `path` opens (200) and nowhere in the answer names any of `hidden`. */
export async function expectShownWithout(client: APIRequestContext, path: string, hidden: readonly string[]): Promise<string> {
  const response = await client.get(path, { maxRedirects: 0 });
  expect(response.status(), `status of ${path}`).toBe(200);
  const html = await response.text();
  for (const text of hidden) expect(html, `${path} names “${text}”`).not.toContain(text);
  return html;
}
