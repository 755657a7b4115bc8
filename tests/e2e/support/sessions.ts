// People signed in side by side: each in a browser context of their own, from an address of
// their own (visitorIp), so that their sessions and rate limits stay apart.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { signInAs } from "./forms";
import { visitorIp } from "./index";

export type SignedIn<A> = A & { context: BrowserContext; page: Page };

/** `account` signed in through the form, in a new context whose requests (context.request) carry the session too. */
export async function signedInPerson<A extends { email: string; password: string }>(browser: Browser, account: A): Promise<SignedIn<A>> {
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const page = await context.newPage();
  await signInAs(page, account.email, account.password);
  return { ...account, context, page };
}
