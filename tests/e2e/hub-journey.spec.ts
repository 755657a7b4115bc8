import type { Browser, Page } from "@playwright/test";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, signInAs, test } from "./support";
import { createMember, fillAboutTheHub, pickPlace, shortId } from "./support/hub-form";

// A hub's whole life through the pages alone, no database shortcuts: a member adds it
// (gazetteer), staff ask for changes, the owner fixes it in the edit form, staff see the
// change and approve it, visitors find it in the directory and on the map, and the
// owner's next edit is live at once.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 180_000 });

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, password);
  return page;
}

const statusOf = async (name: string) => (await db.query(`SELECT "status", "slug" FROM "Hub" WHERE "name" = $1`, [name])).rows[0];

test("a member adds a hub, staff ask for changes, the owner fixes it, staff approve, and everyone finds it", async ({ page, browser }) => {
  const member = await createMember("Ana Kovač");
  const name = `Metelkova Print Lab ${shortId()}`;
  const first = "A print lab for illustrators, with a risograph and two letterpresses.";
  const fixed = "A print lab for illustrators, with a risograph and two letterpresses, open Tuesday to Saturday.";
  const asked = "Please say on which days visitors can come.";

  await test.step("the member adds the hub, picking the town from the gazetteer", async () => {
    await signInAs(page, member.email, member.password);
    await page.goto("/hubs/new");
    await fillAboutTheHub(page, name);
    await page.getByLabel("Short description").fill(first);
    await pickPlace(page, "Ljub", "Ljubljana, Slovenia");
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await page.getByRole("region", { name: "Preview: your hub as visitors will see it" }).getByRole("button", { name: "Submit for review" }).click();
    await expect(page).toHaveURL(/\/hubs\/new\/submitted\?hub=/);
    expect(await statusOf(name)).toMatchObject({ status: "pending" });
  });

  const staff = await signedIn(browser, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
  await test.step("staff ask for changes, with a message", async () => {
    await staff.goto(`/admin/hubs?q=${encodeURIComponent(name)}`);
    await staff.getByRole("link", { name }).click();
    const form = staff.locator("form").filter({ has: staff.getByRole("button", { name: "Request changes" }) });
    await form.getByLabel("What should the owners change?").fill(asked);
    await form.getByRole("button", { name: "Request changes" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Changes requested." })).toBeVisible();
  });

  await test.step("the owner reads the message and fixes the hub in the edit form", async () => {
    await page.goto("/account/hubs");
    const card = page.locator("article").filter({ hasText: name });
    await expect(card).toContainText("Changes requested");
    await expect(card).toContainText(asked);
    await card.getByRole("link", { name: `Edit ${name}` }).click();
    await page.getByLabel("Short description").fill(fixed);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(async () => (await statusOf(name))?.status).toBe("pending");
  });

  // The unfiltered map is a cached page (lib/cached-pages.ts): its count of hubs, as the server writes it.
  const hubsOnMap = async () => Number(/([\d,]+) hubs? on the map\./.exec(await (await staff.request.get("/map")).text())?.[1]?.replace(/,/g, ""));
  const before = await hubsOnMap();

  await test.step("staff see the changed field beside the old value, and approve", async () => {
    await staff.goto(`/admin/hubs?q=${encodeURIComponent(name)}`);
    await staff.getByRole("link", { name }).click();
    const change = staff.getByRole("rowgroup").filter({ hasText: "Short description" });
    await expect(change.getByText("Changed", { exact: true })).toBeVisible();
    await expect(change.getByRole("cell")).toHaveText([first, fixed]);
    await staff.getByRole("button", { name: "Approve and publish" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Approved: the hub is published." })).toBeVisible();
  });

  const visitor = await (await browser.newContext()).newPage();
  await test.step("visitors find it in the directory and on the map", async () => {
    await visitor.goto(`/hubs?q=${encodeURIComponent(name)}`);
    await expect(visitor.getByRole("link", { name })).toBeVisible();
    await visitor.goto(`/map?q=${encodeURIComponent(name)}`);
    await expect(visitor.getByText("1 hub in this view.")).toBeVisible();
    await expect(visitor.locator(".leaflet-container")).toBeVisible();
    // The cached map was refreshed by the approval, not a minute later.
    expect(await hubsOnMap()).toBeGreaterThan(before);
  });

  await test.step("the owner's next edit of the published hub is live at once", async () => {
    const { slug } = await statusOf(name);
    const again = `${fixed} Now with a darkroom.`;
    await page.goto("/account/hubs");
    await page.getByRole("link", { name: `Edit ${name}` }).click();
    await page.getByLabel("Short description").fill(again);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "already live" })).toBeVisible();
    await visitor.goto(`/hubs/${slug}`);
    await expect(visitor.getByRole("main")).toContainText("Now with a darkroom.");
  });
});
