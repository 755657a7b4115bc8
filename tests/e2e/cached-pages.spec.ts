import { readdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../../scripts/lib/project";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, signInAs, test } from "./support";
import { cancelEventAsStaff, insertEvent } from "./support/event-admin";

// The home page and /about depend on nothing in the request: they are served from the page
// cache, alike to every visitor, and refreshed when what they show changes.

test("the home page and /about are served from the cache, whatever the query string", async ({ request }) => {
  for (const path of ["/", "/about"]) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.status(), path).toBe(200);
    // STALE too is the cached copy, sent while a new one is made (other tests change events).
    expect(again.headers()["x-nextjs-cache"], path).toMatch(/^(HIT|STALE)$/);
    expect(again.headers()["cache-control"], path).not.toContain("no-store");
    expect(again.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
  }
  const withQuery = await request.get("/?notice=signed-out&utm_source=newsletter");
  expect(withQuery.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
  // The account notice is not in the page everyone shares: the browser shows it (its words
  // travel with the page's messages, but nothing says them until the browser reads the address).
  expect(await withQuery.text()).not.toContain('role="status"');
});

test("the notice an account action leaves in the address shows on the cached home page, and only there", async ({ page }) => {
  await page.goto("/?notice=signed-out");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("You have signed out.");
  await page.goto("/?notice=account-deleted");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Your account has been deleted. We have emailed you a confirmation.");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("main").getByRole("status")).toHaveCount(0);
});

test("the cached home page shows a change to the programme at once, not when its copy expires", async ({ page }) => {
  test.setTimeout(90_000);
  // A copy made now, which would not expire for a minute.
  await page.request.get("/");
  await page.request.get("/");
  // The soonest event of all, written straight into the database: the cached copy has not heard of it.
  const event = await insertEvent({ startsInDays: 1, closesInDays: null });
  await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
  await cancelEventAsStaff(page, event, "The venue is closed for repairs.");

  await expect.poll(async () => (await (await page.request.get("/")).text()).includes(event.title), { timeout: 10_000, intervals: [250] }).toBe(true);
});

test("a made-up address under a cached route leaves no copy on disk", async ({ request }) => {
  // Otherwise every invented slug would leave a copy of the "not found" page in the page cache's folder.
  const tag = `made-up-${Date.now()}`;
  for (const address of [`/hubs/${tag}`, `/events/${tag}`, `/home/${tag}`]) {
    for (let i = 0; i < 2; i++) expect((await request.get(address)).status(), address).toBe(404);
  }
  // A real hub page, for comparison: it is kept on disk, where the made-up ones are not.
  const real = /href="\/hubs\/([a-z0-9-]+)"/.exec(await (await request.get("/hubs")).text())?.[1];
  expect((await request.get(`/hubs/${real}`)).status()).toBe(200);
  const cacheDir = path.join(ROOT, ".next/server/route-cache");
  await expect.poll(() => readdirSync(cacheDir, { recursive: true }).map(String).some((f) => f.endsWith(`hubs/${real}.html`))).toBe(true);
  expect(readdirSync(cacheDir, { recursive: true }).map(String).filter((f) => f.includes(tag))).toEqual([]);
});
