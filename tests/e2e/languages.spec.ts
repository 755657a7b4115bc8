import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import bcrypt from "bcryptjs";
import { db, expect, latestEmailTo, signIn, test } from "./support";

// The interface in six languages: English at today's addresses, the others under a prefix;
// each page names its alternates; the switcher keeps you on the same page and remembers the
// choice (the cookie, and the account's preference, which its emails follow); a browser that
// prefers another language is offered it, once, without any redirect.

type Catalogue = Record<string, unknown>;
const words = (locale: string, namespace: string) => JSON.parse(readFileSync(new URL(`../../messages/${locale}/${namespace}.json`, import.meta.url), "utf8")) as Catalogue;
const GERMAN = words("de", "common") as { language: { offer: string; offerSwitch: string; offerDismiss: string; label: string; offerLabel: string } };

async function createMember() {
  const id = `e2e${randomUUID().replace(/-/g, "").slice(0, 21)}`;
  const email = `lang-${randomUUID().slice(0, 8)}@example.org`;
  const password = "Member-password-42";
  await db.query(`INSERT INTO "User" ("id", "name", "email", "emailVerified", "passwordHash", "role", "updatedAt") VALUES ($1, 'Lena Weber', $2, now(), $3, 'member', now())`, [
    id,
    email,
    await bcrypt.hash(password, 4),
  ]);
  return { id, email, password };
}

test("a page in German names its language and its alternates, and the switcher keeps the page", async ({ page, context }) => {
  const response = await page.goto("/de/hubs?page=1");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((l) => [l.getAttribute("hreflang"), new URL((l as HTMLLinkElement).href).pathname]),
  );
  expect(alternates).toEqual(
    expect.arrayContaining([
      ["en", "/hubs"],
      ["el", "/el/hubs"],
      ["pt-PT", "/pt/hubs"],
      ["de", "/de/hubs"],
      ["es", "/es/hubs"],
      ["sr-Latn", "/sr/hubs"],
      ["x-default", "/hubs"],
    ]),
  );

  // The switcher: a list of links to this page in each language; choosing one remembers it.
  await page.getByRole("banner").locator("summary").click(); // the language switcher
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/hubs\?page=1$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect((await context.cookies()).find((c) => c.name === "echn-language")?.value).toBe("es");

  // An address without a prefix is English and never redirects, whatever the cookie says.
  const english = await page.goto("/hubs");
  expect(english?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe("/hubs");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
});

test("a first visit whose browser prefers German is offered German, in German, once", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE", extraHTTPHeaders: { "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.7` } });
  const page = await context.newPage();
  await page.goto("/events");
  const offer = page.getByRole("complementary", { name: GERMAN.language.offerLabel });
  await expect(offer).toContainText(GERMAN.language.offer);
  await offer.getByRole("button", { name: GERMAN.language.offerSwitch }).click();
  await expect(page).toHaveURL(/\/de\/events$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  // Chosen: never offered again, in either language.
  await page.goto("/events");
  await expect(page.getByText(GERMAN.language.offer)).toHaveCount(0);
  await context.close();
});

test("a member's choice of language is kept on the account, and their emails are written in it", async ({ page }) => {
  const member = await createMember();
  await page.goto("/sign-in");
  await signIn(page, member.email, member.password);
  await expect(page).toHaveURL(/\/account$/, { timeout: 15_000 });
  await page.getByRole("banner").locator("summary").click(); // the language switcher
  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/de\/account$/);
  await expect
    .poll(async () => (await db.query<{ locale: string | null }>(`SELECT "locale" FROM "User" WHERE "id" = $1`, [member.id])).rows[0]?.locale)
    .toBe("de");

  // Signed out, on an English page, they ask for a new password: the email is in German.
  await page.context().clearCookies();
  const since = new Date();
  await page.goto("/forgot-password");
  const form = page.getByRole("main").locator("form");
  await form.getByLabel("Email address").fill(member.email);
  await form.getByRole("button", { name: "Email me a reset link" }).click();
  const email = await latestEmailTo(member.email, { since });
  expect(email.subject).not.toBe("Reset your ECHN password");
  expect(email.text).toContain("/de/reset-password?token=");
});
