import { expect as baseExpect, test } from "./support";
import { insertEvent } from "./support/event-admin";
import { hubTag, insertPublishedHubs, ljubljanaAndVienna } from "./support/map-hubs";

// Public pages are cached alike for every visitor, so they cannot carry a per-response nonce;
// instead of allowing every inline script ('unsafe-inline'), their policy names the hashes of
// exactly the inline scripts in each page (lib/http/csp-hashes.ts). The pages must still run:
// the browser reports any script the policy blocks.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

test("public pages allow exactly their own inline scripts, and run with no Content-Security-Policy violation", async ({ page }) => {
  const tag = hubTag();
  const hubs = await insertPublishedHubs(ljubljanaAndVienna(tag));
  const event = await insertEvent();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));

  const pages: [string, () => Promise<void>][] = [
    ["/", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
    [`/map?q=${tag}`, () => expect(page.getByRole("button", { name: "3 hubs here: zoom in", exact: true })).toBeVisible()],
    ["/hubs", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
    // Filtered: rendered per request and streamed, not cached.
    [`/hubs?q=${tag}`, () => expect(page.getByRole("link", { name: hubs[0]!.name })).toBeVisible()],
    [`/hubs/${hubs[0]!.slug}`, () => expect(page.getByRole("heading", { level: 1, name: hubs[0]!.name })).toBeVisible()],
    ["/events", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
    [`/events/${event.slug}`, () => expect(page.getByRole("heading", { level: 1 })).toBeVisible()],
    [`/embed/map?q=${tag}`, () => expect(page.getByRole("button", { name: "3 hubs here: zoom in", exact: true })).toBeVisible()],
  ];
  for (const [path, loaded] of pages) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const scriptSrc = /script-src [^;]*/.exec(response!.headers()["content-security-policy"] ?? "")?.[0];
      expect(scriptSrc, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
      await loaded();
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
      expect(consoleErrors, path).toEqual([]);
    });
  }
});
