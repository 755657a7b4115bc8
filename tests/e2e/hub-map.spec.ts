import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { expect as baseExpect, expectNoAxeViolations, test } from "./support";
import { hubTag, insertPublishedHubs, ljubljanaAndVienna, type MapHub } from "./support/map-hubs";

// A visitor finds hubs on the map: clustered markers, a list that follows the map's view,
// filters that live in the address (with and without JavaScript), the keyboard, and the
// map that other sites can put in a frame. Each test searches for its own hubs (?q=<tag>).

// The map draws once its data and Leaflet are in: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

async function openMap(page: Page, path: string) {
  await page.goto(path);
  const map = page.getByRole("region", { name: "Map of the hubs" });
  const list = page.getByRole("region", { name: "Hubs", exact: true });
  return { map, list, status: list.getByRole("status") };
}

const cluster = (count: number) => ({ name: `${count} hubs here: zoom in`, exact: true });

let tag: string;
let hubs: MapHub[];
test.beforeEach(async () => {
  tag = hubTag();
  hubs = await insertPublishedHubs(ljubljanaAndVienna(tag));
});

test("a visitor sees the hubs clustered on the map and listed beside it, and the list follows the map", async ({ page }) => {
  const { map, list, status } = await openMap(page, `/map?q=${tag}`);
  await expect(map.getByRole("button", cluster(3))).toBeVisible();
  await expect(map.getByRole("button", cluster(2))).toBeVisible();
  await expect(status).toHaveText("5 hubs in this view.");
  for (const hub of hubs) await expect(list.getByRole("link", { name: hub.name })).toHaveAttribute("href", `/hubs/${hub.slug}`);

  // Into Vienna's cluster: the list keeps to what the map shows.
  await map.getByRole("button", cluster(2)).click();
  await expect(status).toHaveText("2 hubs in this view.");
  await expect(list.getByRole("link", { name: hubs[3]!.name })).toBeVisible();
  await expect(list.getByRole("link", { name: hubs[0]!.name })).toHaveCount(0);

  // A single hub's marker is named by aria-label, which every checker and screen reader reads,
  // not by its title (the mouse's tooltip) alone; axe checks the map with both kinds of marker.
  await expect(map.getByRole("button", { name: hubs[4]!.name })).toHaveAttribute("aria-label", hubs[4]!.name);
  await expectNoAxeViolations(page);

  // A hub's popup leads to its page.
  await map.getByRole("button", { name: hubs[4]!.name }).click();
  await expect(map.getByRole("link", { name: hubs[4]!.name })).toHaveAttribute("href", `/hubs/${hubs[4]!.slug}`);
});

test("the unfiltered map is served from the cache, alike for everyone; a filtered map is read fresh", async ({ request }) => {
  for (const path of ["/map", "/map?page=2", "/embed/map", `/embed/map?q=${tag}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-nextjs-cache"], path).toMatch(/HIT|MISS|STALE/);
    expect(response.headers()["cache-control"], path).toMatch(/^s-maxage=/);
  }
  const filtered = await request.get(`/map?q=${tag}`);
  expect(filtered.headers()["cache-control"]).toContain("no-store");
  expect(await filtered.text()).toContain("5 hubs match these filters.");
});

test("filters live in the address: choosing a kind narrows the map and the list, and the address shows it again", async ({ page }) => {
  const { map, list, status } = await openMap(page, `/map?q=${tag}`);
  await expect(status).toHaveText("5 hubs in this view.");

  await page.getByLabel("Kind of hub").selectOption("lab");
  await page.getByRole("button", { name: "Show hubs" }).click();
  await expect(page).toHaveURL(new RegExp(`/map\\?(?=.*kind=lab)(?=.*q=${tag})`));
  await expect(status).toHaveText("2 hubs in this view.");
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("link", { name: hubs[0]!.name })).toBeVisible();
  await expect(list.getByRole("link", { name: hubs[3]!.name })).toBeVisible();
  await expect(map.getByRole("button", { name: /hubs here/ })).toHaveCount(0);

  // The address is enough to show the same map to someone else.
  const shared = await openMap(page, page.url());
  await expect(shared.status).toHaveText("2 hubs in this view.");
  await expect(page.getByLabel("Kind of hub")).toHaveValue("lab");
  await expect(page.getByLabel("Search")).toHaveValue(tag);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByLabel("Kind of hub")).toHaveValue("");
  await expect(page.getByLabel("Search")).toHaveValue("");
});

test("without JavaScript, the filter form and the list still work", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const { list } = await openMap(page, `/map?q=${tag}`);
  await expect(list.getByText("5 hubs match these filters.")).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(5);

  await page.getByLabel("Kind of hub").selectOption("lab");
  await page.getByRole("button", { name: "Show hubs" }).click();
  await expect(page).toHaveURL(/kind=lab/);
  await expect(list.getByText("2 hubs match these filters.")).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await context.close();
});

test("with the keyboard, the list shows a hub on the map and its markers open and close", async ({ page }) => {
  const { map, list, status } = await openMap(page, `/map?q=${tag}`);
  await expect(status).toHaveText("5 hubs in this view.");

  // Choosing a hub in the list moves the keyboard to its popup on the map.
  const river = hubs[1]!;
  await list.getByRole("button", { name: `Show on map: ${river.name}` }).focus();
  await page.keyboard.press("Enter");
  const popupLink = map.getByRole("link", { name: river.name });
  await expect(popupLink).toBeFocused();
  await expect(popupLink).toHaveAttribute("href", `/hubs/${river.slug}`);
  await page.keyboard.press("Escape");
  await expect(popupLink).toHaveCount(0);
  await expect(map.getByRole("button", { name: river.name })).toBeFocused();

  // Space opens it again, from the marker.
  await page.keyboard.press(" ");
  await expect(popupLink).toBeFocused();

  // A cluster is a button too: Enter zooms into it, and the list follows.
  await openMap(page, `/map?q=${tag}`);
  await map.getByRole("button", cluster(3)).focus();
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("3 hubs in this view.");
  await expect(map.getByRole("button", { name: hubs[0]!.name })).toBeVisible();
});

/** Another site (another origin on this machine) with the embedded map in an iframe on its page. */
async function partnerSite(embedUrl: string) {
  const server = createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<h1>Our partners</h1><iframe title="Creative hubs" src="${embedUrl}" width="800" height="500"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

test("the embeddable map may be framed by any site, opens this site in a new tab, and the rest of the site may not be framed", async ({ page, baseURL }) => {
  const embed = await page.request.get(`/embed/map?q=${tag}`);
  expect(embed.status()).toBe(200);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  const site = await page.request.get("/map");
  expect(site.headers()["x-frame-options"]).toBe("DENY");
  expect(site.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  const partner = await partnerSite(`${baseURL}/embed/map?q=${tag}`);
  try {
    await page.goto(partner.url);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Creative hubs in Europe");
    await expect(frame.getByRole("banner")).toHaveCount(0);
    const open = frame.getByRole("link", { name: /^Open on the .* site/ });
    await expect(open).toHaveAttribute("target", "_blank");
    await expect(open).toHaveAttribute("rel", "noopener");
    await expect(open).toHaveAttribute("href", new RegExp(`/map\\?q=${tag}$`));

    await frame.getByRole("button", cluster(2)).click();
    await frame.getByRole("button", { name: hubs[3]!.name }).click();
    const hubLink = frame.getByRole("link", { name: hubs[3]!.name });
    await expect(hubLink).toHaveAttribute("href", `/hubs/${hubs[3]!.slug}`);
    await expect(hubLink).toHaveAttribute("target", "_blank");
  } finally {
    partner.close();
  }
});
