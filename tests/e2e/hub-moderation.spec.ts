import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, errorBeside, expect as baseExpect, latestEmailTo, linkFrom, signInAs, test, visitorIp } from "./support";
import { createAccount, createManagementRequest, createHub, HUB_FIELDS, moderationStateOf } from "./support/hub-moderation";

// Staff moderate a hub: request changes with a message, the owner fixes it, staff see what
// changed side by side and approve it; and a request to manage a hub is approved.

// Each decision posts a server action that writes a transaction and emails.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

test("request changes → the owner fixes the hub → staff see the change and approve it", async ({ page }) => {
  const owner = await createAccount("Olga Owner");
  const hub = await createHub({ ownerIds: [owner.id] });
  await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);

  await test.step("the new hub waits in the queue, with where, what and who", async () => {
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Hubs" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hubs" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Search by hub name" }).fill(hub.name);
    await page.getByRole("button", { name: "Search" }).click();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: hub.name }) });
    await expect(card).toContainText("New");
    await expect(card).toContainText("Ghent, Belgium · Studio");
    await expect(card).toContainText(`by Olga Owner (${owner.email})`);
    await card.getByRole("link", { name: hub.name }).click();
  });

  await test.step("a first submission shows everything the owner sent, private details included", async () => {
    await expect(page.getByRole("heading", { level: 1, name: hub.name })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "What was submitted" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(HUB_FIELDS.summary);
    await expect(page.getByRole("main")).toContainText(hub.contactEmail);
    await expect(page.getByRole("main")).toContainText(owner.email);
  });

  const asked = "Please add the days you are open to the short description.";
  await test.step("asking for changes needs a message", async () => {
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Request changes" }) });
    await form.getByRole("button", { name: "Request changes" }).click();
    await expect(await errorBeside(form.getByLabel("What should the owners change?"))).toHaveText("Tell the owners what to change.");
    expect((await moderationStateOf(hub.id)).status).toBe("pending");

    const since = new Date(Date.now() - 1000);
    await form.getByLabel("What should the owners change?").fill(asked);
    await form.getByRole("button", { name: "Request changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Changes requested." })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Changes requested");

    const email = await latestEmailTo(owner.email, { since });
    expect(email.subject).toBe(`${hub.name}: a few changes before we publish it`);
    expect(email.text).toContain(asked);
    expect(new URL(linkFrom(email.text)).pathname).toBe("/account/hubs");
    const state = await moderationStateOf(hub.id);
    expect(state).toMatchObject({ status: "changes_requested", moderatorMessage: asked });
    expect(state.reviewedSnapshot?.summary).toBe(HUB_FIELDS.summary);
  });

  const fixed = "A shared studio for musicians and designers, open Monday to Saturday.";
  await test.step("the owner fixes the hub and sends it again (as the edit form would store it)", async () => {
    await db.query(`UPDATE "Hub" SET "summary" = $2, "status" = 'pending', "submittedAt" = now(), "updatedAt" = now() WHERE "id" = $1`, [hub.id, fixed]);
  });

  await test.step("staff find it resubmitted, and see the changed field beside the old value", async () => {
    await page.goto(`/admin/hubs?q=${encodeURIComponent(hub.name)}`);
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: hub.name }) });
    await expect(card).toContainText("Resubmitted after changes");
    await card.getByRole("link", { name: hub.name }).click();

    await expect(page.getByRole("heading", { level: 2, name: "Changes since the last review" })).toBeVisible();
    await expect(page.getByText("1 field changed since the last review.")).toBeVisible();
    const change = page.getByRole("rowgroup").filter({ hasText: "Short description" });
    await expect(change.getByText("Changed", { exact: true })).toBeVisible();
    await expect(change.getByRole("cell")).toHaveText([HUB_FIELDS.summary, fixed]);
    await expect(page.getByRole("table").getByText("Changed", { exact: true })).toHaveCount(1);
    // The other fields are folded away, and there when asked for.
    const unchanged = page.getByText("20 fields unchanged");
    await expect(page.getByText(HUB_FIELDS.story)).toBeHidden();
    await unchanged.click();
    await expect(page.getByText(HUB_FIELDS.story)).toBeVisible();
    await expect(page.getByRole("main")).toContainText(asked); // in the history
  });

  await test.step("staff approve it: the hub is published and the owner told", async () => {
    const since = new Date(Date.now() - 1000);
    await page.getByRole("button", { name: "Approve and publish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Approved: the hub is published." })).toBeVisible();
    await expect(page.getByRole("link", { name: "public page" })).toHaveAttribute("href", `/hubs/${hub.slug}`);

    const email = await latestEmailTo(owner.email, { since });
    expect(email.subject).toBe(`${hub.name} is now on the map`);
    expect(new URL(linkFrom(email.text)).pathname).toBe(`/hubs/${hub.slug}`);
    const state = await moderationStateOf(hub.id);
    expect(state).toMatchObject({ status: "published", moderatorMessage: null, auditEvents: 2 });
    expect(state.publishedAt).not.toBeNull();
    expect(state.reviewedSnapshot?.summary).toBe(fixed);
  });

  await test.step("the audit log says it in words, with names that link to the hub and the moderator", async () => {
    await page.goto("/admin/audit");
    const row = page.getByRole("row").filter({ hasText: `approved the hub ${hub.name}` });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("link", { name: hub.name })).toHaveAttribute("href", `/admin/hubs/${hub.id}`);
    await expect(row.getByRole("link", { name: "Sofia Marković" })).toHaveAttribute("href", /^\/admin\/users\?q=staff%40echn\.test$/);
    const asking = page.getByRole("row").filter({ hasText: `asked for changes to the hub ${hub.name}` });
    await expect(asking).toContainText(asked);
    await expect(page.getByRole("main")).not.toContainText("hub.approved");

    // Filtered to hubs and the moderator: the decision is there; to someone else, nothing is.
    await page.getByLabel("Kind of record").selectOption({ label: "Hubs" });
    await page.getByLabel("Done by").fill("staff@echn");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/target=hub/);
    await expect(page.getByRole("row").filter({ hasText: `approved the hub ${hub.name}` })).toHaveCount(1);
    await page.getByLabel("Done by").fill("nobody-by-this-name");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByText("Nothing recorded matches these filters.")).toBeVisible();
  });
});

test("a second moderator deciding on a hub already decided is told, and nothing changes", async ({ page, browser }) => {
  const owner = await createAccount("Otto Owner");
  const hub = await createHub({ ownerIds: [owner.id] });
  await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
  await page.goto(`/admin/hubs/${hub.id}`);

  // Another moderator approves it meanwhile, in another browser.
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const otherPage = await other.newPage();
  await signInAs(otherPage, "admin@echn.test", DEMO_PASSWORD);
  await otherPage.goto(`/admin/hubs/${hub.id}`);
  await otherPage.getByRole("button", { name: "Approve and publish" }).click();
  await expect(otherPage.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();
  await other.close();

  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Reject" }) });
  await form.getByLabel("Reason for rejecting").fill("Not a creative hub.");
  await form.getByRole("button", { name: "Reject" }).click();
  await expect(form.getByRole("alert")).toHaveText(/^Someone else already decided on this hub: it is now “Published”\./);
  await expect(form.getByLabel("Reason for rejecting")).toHaveValue("Not a creative hub.");
  expect(await moderationStateOf(hub.id)).toMatchObject({ status: "published", auditEvents: 1 });
});

test("staff approve a request to manage a hub: the requester becomes an owner", async ({ page }) => {
  const owner = await createAccount("Olive Owner");
  const requester = await createAccount("Rhea Requester");
  const hub = await createHub({ ownerIds: [owner.id], status: "published" });
  await createManagementRequest(hub.id, requester.id, "I have run this hub since 2019; the first owner left.");
  await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);

  await page.goto(`/admin/hubs?q=${encodeURIComponent(hub.name)}`);
  const request = page.getByRole("article").filter({ has: page.getByRole("heading", { name: `Rhea Requester asks to manage ${hub.name}` }) });
  await expect(request).toContainText(requester.email);
  await expect(request).toContainText("I have run this hub since 2019");
  const since = new Date(Date.now() - 1000);
  await request.getByRole("button", { name: "Approve request" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Request approved" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Rhea Requester asks to manage ${hub.name}` })).toHaveCount(0);

  expect((await latestEmailTo(requester.email, { since })).subject).toBe(`You now manage ${hub.name}`);
  expect((await latestEmailTo(owner.email, { since })).subject).toBe(`Rhea Requester now also manages ${hub.name}`);
  expect(await moderationStateOf(hub.id)).toMatchObject({ owners: 2, auditEvents: 1 });
});
