import sharp from "sharp";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, errorBeside, expect as baseExpect, latestEmailTo, openUntilShown, signInByPost, test, visitorIp } from "./support";
import { shortTag } from "./support/event-admin";
import { createAccount, createHub } from "./support/hub-moderation";

// Staff write an article with a cover, preview it, schedule it and the job publishes it on
// time: it appears on /news, on its tag's page and in the feeds, with its tags. Changing its
// address after publishing keeps the old one answering with a permanent redirect. A member
// writes a story about their hub; staff send it back with a message, the member fixes it,
// staff publish it with the member credited.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

test("staff write, preview and schedule an article; the job publishes it into the list, its tag and the feed", async ({ page, request }) => {
  const title = `Hubs on the Danube ${shortTag()}`;
  const tag = `danube-${shortTag()}`;
  await signInByPost(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
  await page.goto("/admin/news");
  await page.getByRole("link", { name: "New article" }).click();

  await test.step("a draft starts from a kind, a title and a language", async () => {
    await page.getByLabel("Kind").selectOption("news");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Written in").selectOption("en-GB");
    await page.getByRole("button", { name: "Create the draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Draft created.")).toBeVisible();
  });
  const { rows } = await db.query(`SELECT "id", "slug" FROM "Article" WHERE "title" = $1`, [title]);
  const article = rows[0] as { id: string; slug: string };

  await test.step("publishing without a described cover is refused beside the field, with the text kept", async () => {
    await page.getByLabel("Standfirst").fill("Three hubs along the river compare how they share their spaces.");
    await page.getByLabel("Text").fill("## Three hubs\n\nThey met in Novi Sad and **compared notes**.");
    await page.getByLabel("Tags").fill(`${tag}, Rivers`);
    await page.getByLabel("Events").fill("forum-belgrade-2016");
    const cover = await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 30, g: 80, b: 120 } } }).png().toBuffer();
    await page.getByLabel("Upload another picture").setInputFiles({ name: "river.png", mimeType: "image/png", buffer: cover });
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect(await errorBeside(page.getByLabel("Description of the picture"))).toContainText("Describe the cover picture");
    await expect(page.getByLabel("Text")).toHaveValue("## Three hubs\n\nThey met in Novi Sad and **compared notes**.");
    expect((await db.query(`SELECT "status" FROM "Article" WHERE "id" = $1`, [article.id])).rows[0].status).toBe("draft");
  });

  await test.step("described, it is saved, and the preview shows it as readers will see it", async () => {
    const cover = await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 30, g: 80, b: 120 } } }).png().toBuffer();
    await page.getByLabel("Upload another picture").setInputFiles({ name: "river.png", mimeType: "image/png", buffer: cover });
    await page.getByLabel("Description of the picture").fill("A blue river at dusk");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Changes saved.")).toBeVisible();
    await page.getByRole("link", { name: "Preview" }).click();
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    await expect(page.getByRole("img", { name: "A blue river at dusk" })).toBeVisible();
    await expect(page.getByRole("link", { name: `#${tag}` })).toBeVisible();
    await expect(page.getByRole("link", { name: "Creative Hubs Forum Belgrade" })).toBeVisible();
  });

  await test.step("scheduled, it is not public until the job publishes it", async () => {
    await page.getByRole("link", { name: "Edit" }).click();
    await page.getByRole("button", { name: "Schedule…" }).click();
    await page.getByLabel("Publish on").fill("2099-01-01T09:00");
    await page.getByRole("button", { name: "Schedule it" }).click();
    await expect(await errorBeside(page.getByLabel("Publish on"))).toHaveText("Schedule it within a year from now.");
    const soon = new Date(Date.now() + 2 * 86_400_000);
    const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(soon).replace(" ", "T");
    await page.getByLabel("Publish on").fill(local);
    await page.getByRole("button", { name: "Schedule it" }).click();
    await expect(page.getByText("Scheduled: it goes live on its own")).toBeVisible();
    expect((await request.get(`/news/${article.slug}`)).status()).toBe(404);
  });

  await test.step("its time comes: staff run the job, and it is on /news, its tag's page and the feed", async () => {
    // Time passes: the article's moment is now (the job itself is what is tested).
    await db.query(`UPDATE "Article" SET "scheduledFor" = now() - interval '1 second' WHERE "id" = $1`, [article.id]);
    await page.goto("/admin/jobs");
    const job = page.getByRole("article", { name: "Publishing scheduled articles" });
    await job.getByRole("button", { name: "Run “Publishing scheduled articles” now" }).click();
    await expect(job.getByRole("status")).toHaveText("Done: the job ran.");
    // Published by this run, or by the server's own tick just before it.
    await expect.poll(async () => (await db.query(`SELECT "status" FROM "Article" WHERE "id" = $1`, [article.id])).rows[0].status).toBe("published");

    await openUntilShown(page, "/news", (p) => p.getByRole("link", { name: title }));
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("One minute to read")).toBeVisible();
    await page.getByRole("link", { name: `#${tag}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Articles tagged “${tag}”` })).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toBeVisible();

    const feed = await (await request.get(`/news/tags/${tag}/rss.xml`)).text();
    expect(feed).toContain(`<title><![CDATA[${title}]]></title>`);
    expect(feed).toContain(`<category domain=`);
    expect(feed).toContain(`>${tag}</category>`);
    expect(await (await request.get("/news/rss.xml")).text()).toContain(title);
  });

  await test.step("a changed address keeps the old one answering with a permanent redirect", async () => {
    await page.goto(`/admin/news/${article.id}`);
    await page.getByLabel("Address").fill(`${article.slug}-on-the-danube`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Changes saved.")).toBeVisible();
    await expect.poll(async () => (await request.get(`/news/${article.slug}`, { maxRedirects: 0 })).status()).toBe(308);
    const old = await request.get(`/news/${article.slug}`, { maxRedirects: 0 });
    expect(old.headers().location).toBe(`/news/${article.slug}-on-the-danube`);
  });
});

test("a member sends a story about their hub; staff return it with a message, the member fixes it, staff publish it", async ({ page: staff, browser }) => {
  const started = new Date();
  const writer = await createAccount(`Mira Writer ${shortTag()}`);
  const hub = await createHub({ ownerIds: [writer.id], status: "published" });
  const title = `Our print room ${shortTag()}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const member = await context.newPage();
  await signInByPost(member, writer.email, writer.password);

  await test.step("the member starts a story about their hub and sends it to the editors", async () => {
    await member.goto("/account");
    await member.getByRole("link", { name: "Your stories" }).click();
    await member.getByLabel("Your hub", { exact: true }).selectOption({ label: hub.name });
    await member.getByLabel("Title").fill(title);
    await member.getByRole("button", { name: "Start the draft" }).click();
    await expect(member.getByText("Draft started.")).toBeVisible();
    await member.getByLabel("Text").fill("We print posters by hand, for the whole street.");
    await member.getByRole("button", { name: "Send for review" }).click();
    // Without a cover the editors could not publish it: said beside the field, the text kept.
    await expect(await errorBeside(member.getByLabel("Cover picture"))).toContainText("cover picture");
    await expect(member.getByLabel("Text")).toHaveValue("We print posters by hand, for the whole street.");
    const cover = await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 160, g: 60, b: 40 } } }).png().toBuffer();
    await member.getByLabel("Cover picture").setInputFiles({ name: "press.png", mimeType: "image/png", buffer: cover });
    await member.getByLabel("Description of the picture").fill("A red poster coming off the press");
    await member.getByRole("button", { name: "Send for review" }).click();
    await expect(member.getByText("Sent for review.")).toBeVisible();
    await latestEmailTo(writer.email, { since: started, containing: "is with the editors" });
  });
  const { rows } = await db.query(`SELECT "id", "slug" FROM "Article" WHERE "title" = $1`, [title]);
  const story = rows[0] as { id: string; slug: string };

  await test.step("staff send it back with a message, which the member reads by email and on the story", async () => {
    await signInByPost(staff, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
    await staff.goto("/admin/news?status=in_review");
    await staff.getByRole("link", { name: title }).click();
    await staff.getByRole("button", { name: "Send back to the writer…" }).click();
    await staff.getByLabel("Your message to the writer").fill("Please say which street, and when visitors can come.");
    await staff.getByRole("button", { name: "Send it back" }).click();
    await expect(staff.getByText("Returned: the writer has your message")).toBeVisible();
    const email = await latestEmailTo(writer.email, { since: started, containing: "needs changes" });
    expect(email.text).toContain("Please say which street, and when visitors can come.");
    await member.goto(`/account/stories/${story.id}`);
    await expect(member.getByText("Please say which street, and when visitors can come.")).toBeVisible();
  });

  await test.step("the member fixes it and sends it again; staff publish it, crediting the member", async () => {
    await member.getByLabel("Text").fill("We print posters by hand on Canal Street, open to visitors on Thursdays.");
    await member.getByRole("button", { name: "Send for review" }).click();
    await expect(member.getByText("Sent for review.")).toBeVisible();
    await staff.goto(`/admin/news/${story.id}`);
    await staff.getByRole("button", { name: "Publish now…" }).click();
    await staff.getByRole("button", { name: "Publish it" }).click();
    await expect(staff.getByText("Published: the article is on /news")).toBeVisible();
    await latestEmailTo(writer.email, { since: started, containing: "is published" });
    await member.goto(`/news/${story.slug}`);
    await expect(member.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(member.getByText(`By ${writer.name}`)).toBeVisible();
    await expect(member.getByRole("link", { name: hub.name })).toBeVisible();
    await openUntilShown(member, `/hubs/${hub.slug}`, (p) => p.getByRole("region", { name: "In the news" }).getByRole("link", { name: title }));
  });
  await context.close();
});
