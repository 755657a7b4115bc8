import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, expectNoAxeViolations, latestEmailTo, signInAs, test } from "./support";

// A visitor finds hubs in the directory, reads a hub's page, writes to the hub without ever
// seeing its address, and downloads the list as open data. Runs on the demo hubs
// (prisma/seed/hubs.ts); other specs may add hubs, so lists are checked by what they hold.

// Form posts run server actions on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

const results = (page: import("@playwright/test").Page) => page.getByRole("region", { name: /hubs?( match your filters)?$/ }).getByRole("listitem");

test("a visitor filters the directory, pages through it and opens a hub", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Hubs", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Directory of creative hubs" })).toBeVisible();
  const filters = page.getByRole("search", { name: "Filter hubs" });

  await test.step("filters by country, kind and openness to exchanges; the filters go into the address", async () => {
    await filters.getByLabel("Country").selectOption({ label: "Serbia" });
    await filters.getByRole("button", { name: "Show hubs" }).click();
    await expect(page).toHaveURL(/\/hubs\?country=RS$/);
    await expect(page.getByRole("heading", { level: 2, name: /hubs? match your filters/ })).toBeVisible();
    const cards = results(page);
    await expect(cards.filter({ hasText: "Kvart Collective" })).toHaveCount(1);
    await expect(cards.filter({ hasText: "Niš Makers Garage" })).toHaveCount(1);
    for (const text of await cards.allInnerTexts()) expect(text).toContain("Serbia");

    await filters.getByLabel("Only hubs open to hosting P2P exchanges").check();
    await filters.getByRole("button", { name: "Show hubs" }).click();
    await expect(page).toHaveURL(/\/hubs\?country=RS&open=1$/);
    await expect(cards.filter({ hasText: "Niš Makers Garage" })).toHaveCount(0);
    await expect(cards.filter({ hasText: "Kvart Collective" })).toHaveCount(1);
    for (const text of await cards.allInnerTexts()) expect(text).toContain("Open to P2P exchanges");

    await filters.getByLabel("Kind of hub").selectOption({ label: "Lab" });
    await filters.getByRole("button", { name: "Show hubs" }).click();
    await expect(cards.filter({ hasText: "Dunavski Lab" })).toHaveCount(1);
    await expect(cards.filter({ hasText: "Kvart Collective" })).toHaveCount(0);
    // The form shows the filters that are on, and the map link carries them.
    await expect(filters.getByLabel("Country")).toHaveValue("RS");
    await expect(filters.getByLabel("Only hubs open to hosting P2P exchanges")).toBeChecked();
    await expect(page.getByRole("link", { name: "Show these hubs on the map" })).toHaveAttribute("href", "/map?country=RS&kind=lab&open=1");
  });

  await test.step("a search that matches nothing says so, and how to widen it", async () => {
    await page.goto("/hubs?q=no-hub-is-called-this");
    await expect(page.getByText("No hub matches these filters.")).toBeVisible();
    await expect(page.getByRole("link", { name: "see every hub" })).toHaveAttribute("href", "/hubs");
  });

  await test.step("stale hubs appear only when asked for, marked as such; paging keeps the filters", async () => {
    await page.goto("/hubs");
    await expect(results(page).filter({ hasText: "Deptford Fabrication Yard" })).toHaveCount(0);
    await filters.getByLabel("Include hubs not confirmed in the last 18 months").check();
    await filters.getByRole("button", { name: "Show hubs" }).click();
    await expect(page).toHaveURL(/\/hubs\?stale=1$/);
    await expect(results(page)).toHaveCount(24);

    const pages = page.getByRole("navigation", { name: "Pages of hubs" });
    await expect(pages).toContainText("Page 1 of");
    const onFirst = await results(page).getByRole("heading", { level: 3 }).allInnerTexts();
    await pages.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/\/hubs\?stale=1&page=2$/);
    await expect(pages).toContainText("Page 2 of");
    await expect(filters.getByLabel("Include hubs not confirmed in the last 18 months")).toBeChecked();
    const onSecond = await results(page).getByRole("heading", { level: 3 }).allInnerTexts();
    expect(onSecond).toHaveLength(24);
    expect(onSecond.filter((name) => onFirst.includes(name))).toEqual([]);
    await expectNoAxeViolations(page);

    await page.goto("/hubs?stale=1&q=Deptford");
    const stale = results(page).filter({ hasText: "Deptford Fabrication Yard" });
    await expect(stale).toContainText("Not confirmed recently");
  });

  await test.step("opens a hub's page from its card", async () => {
    await page.goto("/hubs?q=Kvart");
    await results(page).getByRole("link", { name: "Kvart Collective" }).click();
    await expect(page).toHaveURL(/\/hubs\/kvart-collective$/);
    await expect(page.getByRole("heading", { level: 1, name: "Kvart Collective" })).toBeVisible();
  });
});

test("a visitor reads a hub's page and writes to the hub, whose address stays hidden", async ({ page }) => {
  const hubAddress = "kvart-collective@hubs.echn.test";
  const sender = `visitor-${randomUUID().slice(0, 8)}@example.org`;
  const text = `Could two of our artists visit in spring for a week? (${randomUUID()})`;
  const since = new Date(Date.now() - 1000);

  await page.goto("/hubs/kvart-collective");
  await expect(page.getByRole("heading", { level: 1, name: "Kvart Collective" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "About the hub" })).toBeVisible();
  await expect(page.getByText("Karađorđeva 61, Belgrade, Serbia").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "kvart-collective.example" })).toHaveAttribute("rel", "noopener nofollow ugc");
  await expect(page.getByRole("region", { name: "Nearby hubs" }).getByRole("link", { name: "Dunavski Lab" })).toBeVisible();
  // The small map draws its marker once Leaflet has loaded in the browser.
  await expect(page.locator(".leaflet-container path.leaflet-interactive")).toHaveCount(1);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "Organization", name: "Kvart Collective", location: { geo: { "@type": "GeoCoordinates" } } });
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/hubs\/kvart-collective$/);
  await expectNoAxeViolations(page);

  const form = page.getByRole("region", { name: "Write to Kvart Collective" }).locator("form");
  await test.step("a message with mistakes is kept, with each mistake beside its field", async () => {
    await form.getByLabel("Your name").fill("Milica");
    await form.getByLabel("Your email address").fill("milica.example.org");
    await form.getByLabel("Your message").fill("Hi");
    await form.getByRole("button", { name: "Send message" }).click();
    await expect(form.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
    await expect(form.getByLabel("Your email address")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Your message")).toHaveValue("Hi");
  });

  await test.step("the message goes to the hub by email, and the sender gets an acknowledgement", async () => {
    await form.getByLabel("Your email address").fill(sender);
    await form.getByLabel("Your message").fill(text);
    await form.getByRole("button", { name: "Send message" }).click();
    await expect(form.getByRole("status")).toContainText("your message is on its way to the hub");
    await expect(form.getByLabel("Your message")).toHaveValue("");

    const toHub = await latestEmailTo(hubAddress, { since });
    expect(toHub.text).toContain(text);
    expect(toHub.text).toContain(`Reply to ${sender}`);
    const ack = await latestEmailTo(sender, { since });
    expect(ack.subject).toBe("Your message to Kvart Collective is on its way");
    expect(ack.text).not.toContain(hubAddress);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM "HubMessage" WHERE "email" = $1`, [sender]);
    expect(rows[0].n).toBe(1);
  });

  expect(await page.content()).not.toContain(hubAddress);
  expect(await page.content()).not.toContain("hubs.echn.test");
});

test("a signed-in member finds their name and address already in a hub's contact form; a visitor finds it empty", async ({ page }) => {
  const form = page.getByRole("region", { name: "Write to Kvart Collective" }).locator("form");
  await page.goto("/hubs/kvart-collective");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(form.getByLabel("Your name")).toHaveValue("");

  await signInAs(page, DEMO_ACCOUNTS.member, DEMO_PASSWORD);
  await page.goto("/hubs/kvart-collective");
  await expect(form.getByLabel("Your email address")).toHaveValue(DEMO_ACCOUNTS.member);
  await expect(form.getByLabel("Your name")).not.toHaveValue("");
});

test("a hub that is not published has no page, not even for its owner", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.member, DEMO_PASSWORD);
  const response = await page.goto("/hubs/neukolln-risograph-club");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
  expect((await page.goto("/hubs/galway-bay-weavers"))?.status()).toBe(404);
});

test("a visitor downloads the filtered list as CSV, without any email address", async ({ page }) => {
  await page.goto("/hubs?country=RS");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV (spreadsheets)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^echn-hubs-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf-8");
  const [header, ...rows] = csv.trimEnd().split("\n");
  expect(header!.split(",")).toEqual(expect.arrayContaining(["slug", "name", "url", "kind", "city", "country_code", "latitude", "longitude"]));
  expect(header).not.toMatch(/email|owner|status|moderat/i);
  expect(csv).toContain("Kvart Collective");
  expect(csv).not.toContain("Kyiv Sound Shelter");
  expect(csv).not.toContain("@hubs.echn.test");
  expect(rows.length).toBeGreaterThanOrEqual(3);

  const geojson = await page.request.get("/hubs/export.geojson?country=RS");
  expect(geojson.headers()["content-disposition"]).toMatch(/^attachment; filename="echn-hubs-\d{4}-\d{2}-\d{2}\.geojson"$/);
  const body = await geojson.text();
  expect(body).not.toContain("@hubs.echn.test");
  expect(JSON.parse(body).features.map((f: { properties: { name: string } }) => f.properties.name)).toContain("Dunavski Lab");
});

test("a filter value in the address that names nothing is left out, and the page says so", async ({ page }) => {
  await page.goto("/hubs?country=XX&kind=lab");
  await expect(page.getByText("No country “XX”: showing all countries.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /hubs? match your filters/ })).toBeVisible();
  await expect(page.getByRole("search", { name: "Filter hubs" }).getByLabel("Kind of hub")).toHaveValue("lab");

  await page.goto("/map?country=XX&discipline=alchemy");
  await expect(page.getByText("No country “XX”: showing all countries.")).toBeVisible();
  await expect(page.getByText("No discipline “alchemy”: showing all disciplines.")).toBeVisible();

  await page.goto("/events?kind=bogus");
  await expect(page.getByText("No kind of event “bogus”: showing every kind.")).toBeVisible();

  await page.goto("/hubs?country=SI");
  await expect(page.getByText("Some filters in the address were not understood")).toHaveCount(0);
});
