import type { APIRequestContext, Page, Request } from "@playwright/test";
import sharp from "sharp";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, errorBeside, expect as baseExpect, latestEmailTo, signInAs, test, visitorIp } from "./support";
import { createMember, fillAboutTheHub, insertHub, pickPlace, shortId, typeLocation } from "./support/hub-form";

// A hub manager adds their hub (finding the town in the gazetteer, or placing the pin on
// the map), previews it and submits it for review; finds it may be listed already; gets
// told what is wrong; and edits it once it is published. And what others may not do.

// Each step posts a server action on a busy machine; the gazetteer loads on first use.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const hubsNamed = async (name: string) => (await db.query(`SELECT "id", "status", "latitude", "longitude", "countryCode", "city" FROM "Hub" WHERE "name" = $1`, [name])).rows;

async function signInNewMember(page: Page) {
  const member = await createMember();
  await signInAs(page, member.email, member.password);
  return member;
}

const preview = (page: Page) => page.getByRole("region", { name: "Preview: your hub as visitors will see it" });

test("a member adds a hub by picking its town from the gazetteer, previews it and submits it", async ({ page }) => {
  const member = await signInNewMember(page);
  const name = `Rog Makerspace ${shortId()}`;
  await page.goto("/hubs/new");
  await expect(page.getByRole("heading", { level: 1, name: "Add your hub" })).toBeVisible();
  await expect(page.getByLabel("Contact email address")).toHaveValue(member.email);

  await fillAboutTheHub(page, name);
  await pickPlace(page, "Ljub", "Ljubljana, Slovenia");
  await expect(page.getByRole("combobox", { name: "Town or city" })).toHaveValue("Ljubljana");
  await expect(page.getByLabel("Country")).toHaveValue("SI");
  await expect(page.getByLabel("Latitude")).toHaveValue("46.05108");
  await expect(page.getByLabel("Longitude")).toHaveValue("14.50513");
  await expect(page.locator(".leaflet-marker-icon")).toBeVisible();

  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(preview(page).getByRole("heading", { name })).toBeVisible();
  await expect(preview(page)).toContainText("Ljubljana, Slovenia");
  await expect(page.getByRole("button", { name: "Save draft" })).toBeHidden();

  await test.step("Edit goes back to the form with every value kept", async () => {
    await preview(page).getByRole("button", { name: "Edit" }).click();
    await expect(page.getByLabel("Name of the hub")).toHaveValue(name);
    await expect(page.getByRole("combobox", { name: "Town or city" })).toHaveValue("Ljubljana");
    await expect(page.getByRole("group", { name: "Disciplines" }).getByLabel("Crafts")).toBeChecked();
    await page.getByLabel("Street address").fill("Trubarjeva 72");
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await expect(preview(page)).toContainText("Trubarjeva 72");
  });

  expect(await hubsNamed(name)).toEqual([]);
  await preview(page).getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/hubs\/new\/submitted\?hub=/);
  await expect(page.getByRole("heading", { level: 1, name: "Thank you: your hub is waiting for review" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("What happens next");

  const [hub] = await hubsNamed(name);
  expect(hub).toMatchObject({ status: "pending", countryCode: "SI", city: "Ljubljana", latitude: 46.05108, longitude: 14.50513 });
  const owners = await db.query(`SELECT "userId" FROM "HubOwner" WHERE "hubId" = $1`, [hub.id]);
  expect(owners.rows).toEqual([{ userId: member.id }]);
  expect((await latestEmailTo(member.email)).subject).toBe(`We received your hub: ${name}`);
});

test("a member places the pin by clicking the map, saves a draft, then submits from the preview", async ({ page }) => {
  const member = await signInNewMember(page);
  const name = `Zeppelin Fab Lab ${shortId()}`;
  await page.goto("/hubs/new");
  await fillAboutTheHub(page, name);
  await page.getByRole("combobox", { name: "Town or city" }).fill("Friedrichshafen");
  await page.getByLabel("Country").selectOption({ label: "Germany" });

  const map = page.locator(".leaflet-container");
  await expect(map).toBeVisible();
  await expect(page.getByLabel("Latitude")).toHaveValue("");
  await map.click({ position: { x: 160, y: 120 } });
  await expect(page.locator(".leaflet-marker-icon")).toBeVisible();
  const latitude = Number(await page.getByLabel("Latitude").inputValue());
  const longitude = Number(await page.getByLabel("Longitude").inputValue());
  expect(latitude).toBeGreaterThan(35);
  expect(latitude).toBeLessThan(70);
  expect(longitude).toBeGreaterThan(-30);
  expect(longitude).toBeLessThan(45);

  await test.step("a draft keeps what was typed, for its owner to finish later", async () => {
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    const drafts = await db.query(`SELECT "id", "values" FROM "HubDraft" WHERE "ownerId" = $1`, [member.id]);
    expect(drafts.rows).toHaveLength(1);
    expect(drafts.rows[0].values).toMatchObject({ name, city: "Friedrichshafen", countryCode: "DE", disciplines: ["design", "crafts"] });
    await page.goto(`/hubs/new?draft=${drafts.rows[0].id}`);
    await expect(page.getByText(`You are finishing your draft “${name}”`)).toBeVisible();
    await expect(page.getByLabel("Name of the hub")).toHaveValue(name);
    await expect(page.getByLabel("Latitude")).toHaveValue(String(latitude));
  });

  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await preview(page).getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you: your hub is waiting for review" })).toBeVisible();
  expect(await hubsNamed(name)).toEqual([expect.objectContaining({ status: "pending", latitude, longitude, countryCode: "DE" })]);
  expect((await db.query(`SELECT count(*)::int AS n FROM "HubDraft" WHERE "ownerId" = $1`, [member.id])).rows[0].n).toBe(0);
});

test("a near-duplicate of a published hub is shown, and “ask to manage it” sends a request", async ({ page }) => {
  const id = shortId();
  const listed = await insertHub({ name: `Kino Siska ${id}`, city: "Ljubljana", countryCode: "SI", latitude: 46.0701, longitude: 14.4995 });
  const member = await signInNewMember(page);
  await page.goto("/hubs/new");
  await fillAboutTheHub(page, `Kino Šiška ${id} Studio`);
  await pickPlace(page, "Ljubl", "Ljubljana, Slovenia");
  await page.getByRole("button", { name: "Preview", exact: true }).click();

  const warning = page.getByRole("region", { name: "Is your hub already on the map?" });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("heading", { name: "Is your hub already on the map?" })).toBeFocused();
  await expect(warning).toContainText(`Kino Siska ${id}`);
  await expect(warning.getByRole("link", { name: /See its page/ })).toHaveAttribute("href", `/hubs/${listed.slug}`);
  await expect(preview(page)).toHaveCount(0);

  await test.step("this is my hub: ask to manage it", async () => {
    await warning.getByRole("button", { name: "This is my hub — ask to manage it" }).click();
    await warning.getByLabel(`How are you involved with Kino Siska ${id}?`).fill("I programme the studio's workshops.");
    await warning.getByRole("button", { name: "Send the request" }).click();
    await expect(warning.getByRole("status")).toContainText("we have passed your request to our team");
    const requests = await db.query(`SELECT "userId", "status", "message" FROM "HubManagementRequest" WHERE "hubId" = $1`, [listed.id]);
    expect(requests.rows).toEqual([{ userId: member.id, status: "pending", message: "I programme the studio's workshops." }]);
    expect((await latestEmailTo(DEMO_ACCOUNTS.staff, { containing: `Kino Siska ${id}` })).subject).toBe(`Request to manage Kino Siska ${id}`);
    // The warning and the form stay, with what was typed: the person may still add a hub of their own.
    await page.waitForLoadState("networkidle");
    await expect(warning).toBeVisible();
    await expect(warning.getByRole("status")).toContainText("we have passed your request to our team");
    await expect(page.getByLabel("Name of the hub")).toHaveValue(`Kino Šiška ${id} Studio`);
  });

  await test.step("or: no, mine is a different hub, and the submission goes on", async () => {
    await warning.getByRole("button", { name: "No, mine is a different hub — continue" }).click();
    await expect(preview(page).getByRole("heading", { name: `Kino Šiška ${id} Studio` })).toBeVisible();
    await preview(page).getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thank you: your hub is waiting for review" })).toBeVisible();
    expect(await hubsNamed(`Kino Šiška ${id} Studio`)).toHaveLength(1);
  });
});

test("wrong answers are shown beside their fields, inert, with the values kept and nothing saved", async ({ page }) => {
  await signInNewMember(page);
  const name = `<script>window.__hacked = 1</script> Hub ${shortId()}`;
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto("/hubs/new");
  await fillAboutTheHub(page, name);
  await typeLocation(page, { city: "Tartu", country: "Estonia", latitude: "58.38", longitude: "26.72" });
  await page.getByLabel("Website").fill("not a web address");
  const fakeImage = { name: "photo.png", mimeType: "image/png", buffer: Buffer.from("This is text pretending to be a PNG image.") };
  await page.getByLabel("Logo or photo (optional)").setInputFiles(fakeImage);
  await page.getByRole("button", { name: "Preview", exact: true }).click();

  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(await errorBeside(page.getByLabel("Website"))).toContainText("Enter a full web address starting with https://");
  await expect(await errorBeside(page.getByLabel("Logo or photo (optional)"))).toContainText("choose it again");
  await expect(page.getByLabel("Name of the hub")).toHaveValue(name);
  await expect(page.getByLabel("Website")).toHaveValue("not a web address");
  await expect(page.getByLabel("Latitude")).toHaveValue("58.38");
  await expect(page.getByLabel("Country")).toHaveValue("EE");

  await page.getByLabel("Website").fill("https://example.org");
  await page.getByLabel("Logo or photo (optional)").setInputFiles(fakeImage);
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  // The answer has come once the website is no longer marked wrong.
  await expect(page.getByLabel("Website")).not.toHaveAttribute("aria-invalid", "true");
  await expect(await errorBeside(page.getByLabel("Logo or photo (optional)"))).toContainText("not a JPEG, PNG or WebP image");

  await page.getByLabel("Latitude").fill("10");
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(await errorBeside(page.getByLabel("Latitude"))).toContainText("outside Europe");

  await page.getByLabel("Latitude").fill("58.38");
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  // The name is shown as text: the script is words on the page, never run.
  await expect(preview(page).getByRole("heading", { name })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await hubsNamed(name)).toEqual([]);
});

test("an owner edits their published hub, and the change is live at once", async ({ page }) => {
  const member = await createMember();
  const name = `Tobacna Studio ${shortId()}`;
  const hub = await insertHub({ name, city: "Ljubljana", countryCode: "SI", latitude: 46.047, longitude: 14.494, ownerId: member.id });
  await signInAs(page, member.email, member.password);
  await page.goto(`/account/hubs/${hub.id}/edit`);
  await expect(page.getByRole("heading", { level: 1, name: `Edit ${name}` })).toBeVisible();
  await expect(page.getByText("your changes go live as soon as you save them")).toBeVisible();
  await expect(page.getByLabel("Name of the hub")).toHaveValue(name);
  await expect(page.getByRole("combobox", { name: "Town or city" })).toHaveValue("Ljubljana");

  await page.getByLabel("Short description").fill("A studio in the old tobacco factory, now with a riso printer.");
  const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer();
  await page.getByLabel("Logo or photo (optional)").setInputFiles({ name: "studio.png", mimeType: "image/png", buffer: photo });
  await page.getByLabel("Describe the image").fill("The studio's print room");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "already live" })).toBeVisible();

  const row = (await db.query(`SELECT "status", "summary", "imageKey", "imageAlt" FROM "Hub" WHERE "id" = $1`, [hub.id])).rows[0];
  expect(row).toMatchObject({ status: "published", summary: "A studio in the old tobacco factory, now with a riso printer.", imageAlt: "The studio's print room" });
  await expect(page.getByRole("img", { name: "The image chosen so far" })).toHaveAttribute("src", `/media/${row.imageKey}`);
  const image = await page.request.get(`/media/${row.imageKey}`);
  expect(image.headers()["content-type"]).toBe("image/webp");
  expect(image.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(await sharp(await image.body()).metadata()).toMatchObject({ format: "webp", width: 1200 });
  const audit = await db.query(`SELECT "actorId", "data" FROM "AuditEvent" WHERE "action" = 'hub.updated' AND "targetId" = $1`, [hub.id]);
  expect(audit.rows).toHaveLength(1);
  expect(audit.rows[0].actorId).toBe(member.id);
  expect(audit.rows[0].data.changes).toEqual(
    expect.arrayContaining([expect.objectContaining({ field: "summary", after: row.summary }), expect.objectContaining({ field: "imageKey", before: null, after: row.imageKey })]),
  );
});

test.describe("refused", () => {
  type Captured = { url: string; headers: Record<string, string>; body: Buffer };

  /** Records the server action request the next click sends. */
  async function captureAction(page: Page, click: () => Promise<void>): Promise<Captured> {
    let post: Request | undefined;
    const listener = (r: Request) => {
      if (r.method() === "POST" && r.headers()["next-action"]) post ??= r;
    };
    page.on("request", listener);
    await click();
    await expect.poll(() => post !== undefined).toBe(true);
    page.off("request", listener);
    const headers = await post!.allHeaders();
    for (const h of ["cookie", "content-length", "host"]) delete headers[h];
    return { url: post!.url(), headers, body: post!.postDataBuffer()! };
  }

  const replay = (client: APIRequestContext, captured: Captured, baseURL: string) =>
    client.post(captured.url, { headers: { ...captured.headers, origin: new URL(baseURL).origin }, data: captured.body, maxRedirects: 0 });

  test("a visitor is sent to sign in, and replaying the create action saves nothing", async ({ page, playwright, baseURL }) => {
    await page.goto("/hubs/new");
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent("/hubs/new")}`);

    await signInNewMember(page);
    const name = `Replayed Hub ${shortId()}`;
    await page.goto("/hubs/new");
    await fillAboutTheHub(page, name);
    await typeLocation(page, { city: "Tallinn", country: "Estonia", latitude: "59.437", longitude: "24.7536" });
    const captured = await captureAction(page, () => page.getByRole("button", { name: "Submit for review" }).click());
    await expect(page).toHaveURL(/\/hubs\/new\/submitted/);
    // Gone again, so that a replay that got through would show.
    await db.query(`DELETE FROM "Hub" WHERE "name" = $1`, [name]);

    const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
    const response = await replay(visitor, captured, baseURL!);
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toContain("hubForms.errors.signInToAdd");
    await visitor.dispose();
    expect(await hubsNamed(name)).toEqual([]);

    // The control: the same request with the member's own cookies does add the hub.
    await replay(page.context().request, captured, baseURL!);
    expect(await hubsNamed(name)).toHaveLength(1);
  });

  test("a member cannot open or save another member's hub", async ({ page, browser, baseURL }) => {
    const owner = await createMember("Olga Owner");
    const name = `Guarded Hub ${shortId()}`;
    const hub = await insertHub({ name, city: "Riga", countryCode: "LV", latitude: 56.95, longitude: 24.1, ownerId: owner.id });
    await signInAs(page, owner.email, owner.password);
    await page.goto(`/account/hubs/${hub.id}/edit`);
    await page.getByLabel("Short description").fill("The owner's own words about the hub, saved properly.");
    const captured = await captureAction(page, () => page.getByRole("button", { name: "Save changes" }).click());
    await expect(page.getByRole("status").filter({ hasText: "already live" })).toBeVisible();
    const before = (await db.query(`SELECT * FROM "Hub" WHERE "id" = $1`, [hub.id])).rows[0];

    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
    const intruder = await context.newPage();
    const other = await createMember("Mallory Member");
    await signInAs(intruder, other.email, other.password);
    const response = await intruder.goto(`/account/hubs/${hub.id}/edit`);
    expect(response?.status()).toBe(404);
    await expect(intruder.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();

    const replayed = await replay(context.request, captured, baseURL!);
    expect(await replayed.text()).toContain("forms.errors.notFound");
    expect((await db.query(`SELECT * FROM "Hub" WHERE "id" = $1`, [hub.id])).rows[0]).toEqual(before);
    await context.close();
  });

  test("staff may open any hub's edit page", async ({ page }) => {
    const owner = await createMember();
    const hub = await insertHub({ name: `Staff Checked ${shortId()}`, city: "Vilnius", countryCode: "LT", latitude: 54.69, longitude: 25.28, ownerId: owner.id });
    await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
    const response = await page.goto(`/account/hubs/${hub.id}/edit`);
    expect(response?.status()).toBe(200);
    await expect(page.getByLabel("Name of the hub")).toHaveValue(/Staff Checked/);
  });
});
