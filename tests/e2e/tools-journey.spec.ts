import { readFile } from "node:fs/promises";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, errorBeside, expect as baseExpect, openUntilShown, signInByPost, test, visitorIp } from "./support";
import { shortTag } from "./support/event-admin";

// Staff add a resource to the library with a PDF: an HTML page named .pdf is refused beside the
// file field, the real PDF is kept, and the resource is published once it has what readers
// need. A visitor finds it on /tools by a filter and by a word, opens it and downloads it: the
// file keeps its name and type, and the download is counted.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const PDF = () => readFile(new URL("../fixtures/hub-toolkit.pdf", import.meta.url));

test("staff add a resource with a PDF and publish it; a visitor finds it and downloads it", async ({ page: staff, browser }) => {
  const word = `zefyrtoolkit${shortTag()}`.toLowerCase();
  const title = `Running a hub's finances ${word}`;
  await signInByPost(staff, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);

  await test.step("a draft starts from a title and a kind", async () => {
    await staff.goto("/admin/tools");
    await staff.getByRole("link", { name: "New resource" }).click();
    await expect(staff).toHaveURL(/\/admin\/tools\/new$/);
    await staff.getByLabel("Title", { exact: true }).fill(title);
    await staff.getByLabel("Kind of resource").selectOption("toolkit");
    await staff.getByRole("button", { name: "Create the draft" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(staff.getByText("Draft saved. Fill in the rest")).toBeVisible();
  });
  const { rows } = await db.query(`SELECT "id", "slug" FROM "Resource" WHERE "title" = $1`, [title]);
  const resource = rows[0] as { id: string; slug: string };

  await test.step("an HTML page named .pdf is refused beside the file field; the real PDF is kept", async () => {
    await staff.getByLabel("Upload a file").setInputFiles({ name: "toolkit.pdf", mimeType: "application/pdf", buffer: Buffer.from("<!doctype html><title>Not a PDF</title><p>Hello</p>") });
    await staff.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(await errorBeside(staff.getByLabel("Upload a file"))).toContainText("This file is not one we keep");
    expect((await db.query(`SELECT "fileKey" FROM "Resource" WHERE "id" = $1`, [resource.id])).rows[0].fileKey).toBeNull();

    await staff.getByLabel("Upload a file").setInputFiles({ name: "Hub finances toolkit.pdf", mimeType: "application/pdf", buffer: await PDF() });
    await staff.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(staff.getByText("File uploaded: it is now the resource’s download.")).toBeVisible();
    await expect(staff.getByRole("link", { name: "Hub finances toolkit.pdf" })).toBeVisible();
  });

  await test.step("publishing without a summary is refused beside the field, with what was typed kept", async () => {
    await staff.getByLabel("Description").fill("How to plan **rent**, staff and programmes for a year.");
    await staff.getByRole("checkbox", { name: "Funding" }).check();
    await staff.getByRole("checkbox", { name: "English (en)" }).check();
    await staff.getByRole("button", { name: "Save and publish" }).click();
    await expect(await errorBeside(staff.getByLabel("Summary"))).toContainText("Readers need a summary");
    await expect(staff.getByLabel("Description")).toHaveValue("How to plan **rent**, staff and programmes for a year.");
    expect((await db.query(`SELECT "status" FROM "Resource" WHERE "id" = $1`, [resource.id])).rows[0].status).toBe("draft");
  });

  await test.step("with a summary, it is published", async () => {
    await staff.getByLabel("Summary").fill(`A toolkit for planning a creative hub's money, ${word}.`);
    await staff.getByRole("button", { name: "Save and publish" }).click();
    await expect(staff.getByText("Published: the resource is now in the library")).toBeVisible();
    await expect(staff.getByRole("link", { name: "View on site" })).toHaveAttribute("href", `/tools/${resource.slug}`);
  });

  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const visitor = await context.newPage();

  await test.step("a visitor finds it by a filter, with the filter's count", async () => {
    await openUntilShown(visitor, "/tools?type=toolkit&topic=funding&language=en", (p) => p.getByRole("link", { name: title }));
    await expect(visitor.getByLabel("Type")).toHaveValue("toolkit");
  });

  await test.step("and by a word of its summary, typed into the search", async () => {
    await visitor.goto("/tools");
    await visitor.getByLabel("Words").fill(word);
    await visitor.getByRole("button", { name: "Show resources" }).click();
    await expect(visitor).toHaveURL(new RegExp(`[?&]q=${word}`));
    await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  });

  await test.step("opens it and downloads the PDF under its name; the download is counted", async () => {
    await visitor.getByRole("link", { name: title }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const downloading = visitor.waitForEvent("download");
    await visitor.getByRole("link", { name: /^Download/ }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe("Hub finances toolkit.pdf");
    const saved = await file.path();
    expect((await readFile(saved)).equals(await PDF())).toBe(true);
    await expect.poll(async () => (await db.query(`SELECT "downloads" FROM "Resource" WHERE "id" = $1`, [resource.id])).rows[0].downloads).toBe(1);
  });

  await test.step("staff see the download on the resource's page and in the list", async () => {
    await staff.goto(`/admin/tools/${resource.id}`);
    await expect(staff.getByText("One download")).toBeVisible();
    await staff.goto(`/admin/tools?q=${word}`);
    await expect(staff.getByRole("row", { name: new RegExp(title) }).getByRole("cell", { name: "1", exact: true })).toBeVisible();
  });

  await test.step("staff change its address; the old one leads a visitor to the new", async () => {
    await staff.goto(`/admin/tools/${resource.id}`);
    await staff.getByLabel("Address").fill(`${resource.slug}-moved`);
    await staff.getByRole("button", { name: "Save", exact: true }).click();
    await expect(staff.getByRole("link", { name: "View on site" })).toHaveAttribute("href", `/tools/${resource.slug}-moved`);
    // The old address's cached copy is refreshed with the change; reload should one render have raced it.
    await expect
      .poll(async () => {
        await visitor.goto(`/tools/${resource.slug}`);
        return new URL(visitor.url()).pathname;
      }, { timeout: 30_000 })
      .toBe(`/tools/${resource.slug}-moved`);
    await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });

  await context.close();
});
