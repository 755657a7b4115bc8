// The "add your hub" form, for specs: filling it in, and hubs written straight to the database.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { expect, type Page } from "@playwright/test";
import { db } from "./db";

export const shortId = () => randomUUID().replace(/-/g, "").slice(0, 8);

/** A confirmed member of our own, so that no test changes an account another test uses. */
export async function createMember(name = "Hedy Lamarr") {
  const member = { id: `e2e${randomUUID().replace(/-/g, "").slice(0, 21)}`, name, email: `hubs-${shortId()}@example.org`, password: "Member-password-42" };
  await db.query(
    `INSERT INTO "User" ("id", "name", "email", "emailVerified", "passwordHash", "role", "updatedAt") VALUES ($1, $2, $3, now(), $4, 'member', now())`,
    [member.id, member.name, member.email, await bcrypt.hash(member.password, 4)],
  );
  return member;
}

/** What lib/hubs/rules.ts' matchKey makes of a name. */
const key = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** A hub row, written as the app would (keys included), with an owner when given. */
export async function insertHub(hub: { name: string; city: string; countryCode: string; latitude: number; longitude: number; status?: string; ownerId?: string; website?: string }) {
  const id = `e2ehub${shortId()}${shortId()}`;
  const slug = `${key(hub.name)}-${shortId()}`;
  await db.query(
    `INSERT INTO "Hub" ("id", "slug", "name", "nameKey", "kind", "format", "disciplines", "services", "summary", "story", "website", "websiteKey",
       "socialLinks", "contactEmail", "city", "cityKey", "countryCode", "latitude", "longitude", "status", "publishedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'collective', 'static', ARRAY['design'], ARRAY['desks'], $5, '', $6, $7, ARRAY[]::text[], 'hub@example.org',
       $8, $9, $10, $11, $12, $13::"HubStatus", now(), now())`,
    [id, slug, hub.name, key(hub.name), "A shared studio for designers and makers, open to visitors.", hub.website ?? null,
      hub.website ? new URL(hub.website).hostname.replace(/^www\./, "") : null, hub.city, key(hub.city), hub.countryCode, hub.latitude, hub.longitude, hub.status ?? "published"],
  );
  if (hub.ownerId) await db.query(`INSERT INTO "HubOwner" ("hubId", "userId") VALUES ($1, $2)`, [id, hub.ownerId]);
  return { id, slug };
}

/** Fills "About the hub" and "What it offers" with valid answers. */
export async function fillAboutTheHub(page: Page, name: string) {
  await page.getByLabel("Name of the hub").fill(name);
  await page.getByLabel("Kind of hub").selectOption({ label: "Makerspace or fab lab" });
  await page.getByRole("group", { name: "Where it works" }).getByLabel("In one place").check();
  await page.getByLabel("Short description").fill("A makerspace with laser cutters, a wood workshop and a friendly community.");
  await page.getByRole("group", { name: "Disciplines" }).getByLabel("Design").check();
  await page.getByRole("group", { name: "Disciplines" }).getByLabel("Crafts").check();
  await page.getByRole("group", { name: "Services and facilities" }).getByLabel("Workshop or maker equipment").check();
}

/** Types the start of a town and picks the suggestion with the keyboard. */
export async function pickPlace(page: Page, typed: string, option: string) {
  const city = page.getByRole("combobox", { name: "Town or city" });
  await city.fill(typed);
  await expect(page.getByRole("option", { name: option })).toBeVisible({ timeout: 30_000 });
  await city.press("ArrowDown");
  await expect(page.getByRole("option", { name: option })).toHaveAttribute("aria-selected", "true");
  await city.press("Enter");
  await expect(page.getByRole("listbox")).toBeHidden();
}

/** Where it is, by keyboard only: a typed town, a chosen country, typed coordinates. */
export async function typeLocation(page: Page, place: { city: string; country: string; latitude: string; longitude: string }) {
  await page.getByRole("combobox", { name: "Town or city" }).fill(place.city);
  await page.getByLabel("Country").selectOption({ label: place.country });
  await page.getByLabel("Latitude").fill(place.latitude);
  await page.getByLabel("Longitude").fill(place.longitude);
}
