import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { createArticle, decideArticle, publishArticle, publishDueArticles, restoreRevision, returnArticle, scheduleArticle, startContribution, submitContribution, updateArticle, updateContribution } from "@/lib/articles/commands";
import type { ArticleInput } from "@/lib/articles/schema";
import { runJob } from "@/lib/jobs/runner";
import { getArticleForStaff, listArticlesForStaff } from "@/lib/news/admin-queries";
import { resolveArticleLinks } from "@/lib/news/commands";
import { newsFeedResponse } from "@/lib/news/feeds";
import { currentAddressOf, getPublishedArticle, listHubArticles, listNews, listRelatedArticles } from "@/lib/news/queries";
import { newsArticleSchema } from "@/lib/news/schema";
import { getOwnStory, listOwnStories } from "@/lib/news/contributions/queries";
import { createPublishedHub, createUser, latestEmailTo } from "./helpers";
import { siteUrl } from "@/lib/site";

// News and stories: staff write, schedule and publish; the article-publishing job publishes a
// scheduled article once, whichever instance runs it; the feeds carry the newest articles with
// their full text; an address changed after publishing keeps answering.

let staff: Awaited<ReturnType<typeof createUser>>;
let member: Awaited<ReturnType<typeof createUser>>;
const tag = () => `t${Math.random().toString(36).slice(2, 10)}`;
const MINUTE = 60_000;

beforeAll(async () => {
  [staff, member] = await Promise.all([createUser({ role: "staff" }), createUser()]);
});

/** A draft with everything publishing needs, and the form's input for it. */
async function readyDraft(over: Partial<ArticleInput> = {}) {
  const { id } = await createArticle(staff.actor, { kind: "news", title: `Hubs meet ${tag()}`, language: "en-GB" });
  const article = await db.article.findUniqueOrThrow({ where: { id }, select: { slug: true, title: true } });
  const input: ArticleInput = {
    kind: "news",
    title: article.title,
    slug: article.slug,
    language: "en-GB",
    standfirst: "A short standfirst.",
    body: "## What happened\n\nHubs met and **talked**. <script>alert(1)</script>",
    coverKey: "news/test-cover.webp",
    coverAlt: "People around a long table",
    coverCaption: null,
    coverCredit: null,
    tags: [],
    ...over,
  };
  await updateArticle(staff.actor, id, input, { uploadedCover: "news/test-cover.webp" });
  return { id, input };
}

const row = (id: string) => db.article.findUniqueOrThrow({ where: { id }, select: { status: true, scheduledFor: true, publishedAt: true, title: true, slug: true, revisedAt: true } });
const audits = (id: string, action?: string) => db.auditEvent.count({ where: { targetType: "article", targetId: id, ...(action ? { action } : {}) } });

describe("the editor's form", () => {
  it("reads tags as addresses, each once, and refuses too many beside the field", () => {
    const base = { articleId: "a", kind: "news", title: "T", slug: "t", language: "de", hubs: "", events: "", bylineGuests: "" };
    expect(newsArticleSchema.parse({ ...base, tags: "Creative Hubs, forum, forum, Belgrade" }).tags).toEqual(["creative-hubs", "forum", "belgrade"]);
    const many = newsArticleSchema.safeParse({ ...base, tags: Array.from({ length: 9 }, (_, i) => `t${i}`).join(",") });
    expect(many.success).toBe(false);
    expect(many.error?.issues[0]?.path).toEqual(["tags"]);
  });

  it("names hubs and events by their addresses: one that is not public is refused beside its field", async () => {
    const hub = await createPublishedHub();
    const event = await db.event.create({
      data: { slug: `forum-${tag()}`, kind: "forum", title: "A forum", summary: "Hubs meet.", startsOn: new Date("2027-05-03"), endsOn: new Date("2027-05-04"), timeZone: "Europe/Athens", city: "Athens", countryCode: "GR", status: "published" },
    });
    const links = await resolveArticleLinks(staff.actor, { hubs: [hub.slug], events: [event.slug], bylineStaff: [staff.id], bylineGuests: ["A Guest"] });
    expect(links.hubIds).toEqual([hub.id]);
    expect(links.eventIds).toEqual([event.id]);
    expect(links.bylines).toEqual([{ userId: staff.id, name: staff.name }, { userId: null, name: "A Guest" }]);
    const missing = await resolveArticleLinks(staff.actor, { hubs: ["no-such-hub"], events: [], bylineStaff: [], bylineGuests: [] }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(UserError);
    expect((missing as UserError).field).toBe("hubs");
    const notStaff = await resolveArticleLinks(staff.actor, { hubs: [], events: [], bylineStaff: [member.id], bylineGuests: [] }).catch((e: unknown) => e);
    expect((notStaff as UserError).field).toBe("bylineStaff");
  });

  it("are saved with the article, and saving the same form again changes nothing (the editor says so)", async () => {
    const hub = await createPublishedHub();
    const { id, input } = await readyDraft();
    const links = await resolveArticleLinks(staff.actor, { hubs: [hub.slug], events: [], bylineStaff: [staff.id], bylineGuests: ["A Guest"] });
    expect((await updateArticle(staff.actor, id, input, { links })).changed).toBe(true);
    expect((await updateArticle(staff.actor, id, input, { links })).changed).toBe(false);
    const reordered = { ...links, bylines: [...links.bylines].reverse() };
    expect((await updateArticle(staff.actor, id, input, { links: reordered })).changed).toBe(true);
    expect(await db.articleByline.findMany({ where: { articleId: id }, select: { name: true }, orderBy: { position: "asc" } })).toEqual([{ name: "A Guest" }, { name: staff.name }]);
    expect(await db.articleHub.findMany({ where: { articleId: id }, select: { hubId: true } })).toEqual([{ hubId: hub.id }]);
  });
});

describe("writing and publishing", () => {
  it("keeps a revision for each save that changes the text, restores an earlier one, and marks a published article as updated", async () => {
    const { id, input } = await readyDraft();
    await updateArticle(staff.actor, id, { ...input, title: `${input.title} (changed)` });
    await updateArticle(staff.actor, id, { ...input, title: `${input.title} (changed)` });
    const revisions = await db.articleRevision.findMany({ where: { articleId: id }, orderBy: { createdAt: "asc" }, select: { id: true, content: true } });
    // Created, filled in, retitled; the save that changed nothing kept none.
    expect(revisions).toHaveLength(3);
    await publishArticle(staff.actor, id);
    expect((await row(id)).revisedAt).toBeNull();
    await restoreRevision(staff.actor, id, revisions[1]!.id);
    const after = await row(id);
    expect(after.title).toBe(input.title);
    expect(after.revisedAt).not.toBeNull();
    expect(await db.articleRevision.count({ where: { articleId: id } })).toBe(4);
    expect(await audits(id, "article.restored")).toBe(1);
  });

  it("keeps a published article's former address answering, and lets no other article take it", async () => {
    const { id, input } = await readyDraft();
    await publishArticle(staff.actor, id);
    const renamed = `${input.slug}-renamed`;
    await updateArticle(staff.actor, id, { ...input, slug: renamed });
    expect(await getPublishedArticle(input.slug)).toBeNull();
    expect(await currentAddressOf(input.slug)).toEqual({ kind: "news", slug: renamed });
    const other = await readyDraft();
    await expect(updateArticle(staff.actor, other.id, { ...other.input, slug: input.slug })).rejects.toMatchObject({ field: "slug" });
    // Its own former address it may take back, and the redirect goes.
    await updateArticle(staff.actor, id, { ...input, slug: input.slug });
    expect(await currentAddressOf(input.slug)).toBeNull();
    expect((await getPublishedArticle(input.slug))?.id).toBe(id);
  });

  it("lists published articles only, newest first, by kind, tag and language, and relates them by shared tags", async () => {
    const t = tag();
    const a = await readyDraft({ tags: [t, "shared"], language: "de" });
    const b = await readyDraft({ tags: [t] });
    const draft = await readyDraft({ tags: [t] });
    await publishArticle(staff.actor, a.id);
    await publishArticle(staff.actor, b.id);
    const { articles, total } = await listNews({ tag: t }, 1);
    expect(total).toBe(2);
    expect(articles.map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await listNews({ tag: t, language: "de" }, 1)).articles.map((x) => x.id)).toEqual([a.id]);
    expect((await listNews({ tag: t, kind: "story" }, 1)).total).toBe(0);
    expect(articles.some((x) => x.id === draft.id)).toBe(false);
    expect((await listRelatedArticles({ id: a.id, tags: [t] })).map((x) => x.id)).toEqual([b.id]);
  });
});

describe("scheduling", () => {
  it("refuses a time that has passed and an article readers could not read, beside the field", async () => {
    const { id, input } = await readyDraft();
    await expect(scheduleArticle(staff.actor, id, new Date(Date.now() - MINUTE))).rejects.toMatchObject({ field: "scheduledFor" });
    await updateArticle(staff.actor, id, { ...input, coverAlt: null });
    await expect(scheduleArticle(staff.actor, id, new Date(Date.now() + MINUTE))).rejects.toMatchObject({ field: "coverAlt" });
    expect((await row(id)).status).toBe("draft");
  });

  it("the job publishes a scheduled article once its time has come, dated by that time, and not before", async () => {
    const { id } = await readyDraft();
    const at = new Date(Date.now() + 10 * MINUTE);
    await scheduleArticle(staff.actor, id, at);
    expect(await row(id)).toMatchObject({ status: "scheduled", scheduledFor: at });
    await publishDueArticles(new Date(at.getTime() - 1000));
    expect((await row(id)).status).toBe("scheduled");
    await publishDueArticles(new Date(at.getTime() + 1000));
    expect(await row(id)).toMatchObject({ status: "published", publishedAt: at, scheduledFor: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "article.published" }, select: { actorId: true, data: true } });
    expect(audit.actorId).toBeNull();
  });

  it("publishes each article once when two instances run the job at the same moment", async () => {
    const drafts = await Promise.all([readyDraft(), readyDraft(), readyDraft()]);
    const at = new Date(Date.now() + 5 * MINUTE);
    for (const d of drafts) await scheduleArticle(staff.actor, d.id, at);
    const later = new Date(at.getTime() + 1000);
    // Two runners, as two instances would: the job's claim lets one run it; the other is told it is busy.
    const [first, second] = await Promise.all([runJob("article-publishing", later), runJob("article-publishing", later)]);
    expect([first.outcome, second.outcome].sort()).toEqual(["busy", "succeeded"]);
    // And the command alone, twice at once (a runner whose lease lapsed while it still ran): each article moves once.
    const again = await Promise.all([publishDueArticles(later), publishDueArticles(later)]);
    expect(again).toEqual([0, 0]);
    for (const d of drafts) {
      expect((await row(d.id)).status).toBe("published");
      expect(await audits(d.id, "article.published")).toBe(1);
    }
  });

  it("publishes each article once when the command itself runs twice at the same moment", async () => {
    const drafts = await Promise.all([readyDraft(), readyDraft()]);
    const at = new Date(Date.now() + 7 * MINUTE);
    for (const d of drafts) await scheduleArticle(staff.actor, d.id, at);
    const later = new Date(at.getTime() + 1000);
    const counts = await Promise.all([publishDueArticles(later), publishDueArticles(later)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
    for (const d of drafts) expect(await audits(d.id, "article.published")).toBe(1);
  });

  it("unscheduling makes it a draft again, which the job leaves alone", async () => {
    const { id } = await readyDraft();
    const at = new Date(Date.now() + 3 * MINUTE);
    await scheduleArticle(staff.actor, id, at);
    await decideArticle(staff.actor, id, "unschedule");
    await publishDueArticles(new Date(at.getTime() + 1000));
    expect(await row(id)).toMatchObject({ status: "draft", scheduledFor: null, publishedAt: null });
  });
});

describe("the feeds", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
  const feed = async (format: "rss" | "atom", filters = {}, headers: Record<string, string> = {}) =>
    newsFeedResponse(new Request("http://localhost/news/rss.xml", { headers }), format, filters, "test", "/news/rss.xml", "/news");

  it("carry the newest articles in RSS 2.0 and Atom with their full sanitised text, tags and cover, and parse", async () => {
    const t = tag();
    const { id, input } = await readyDraft({ tags: [t] });
    await publishArticle(staff.actor, id);
    const rss = await feed("rss", { tag: t });
    expect(rss.headers.get("content-type")).toContain("application/rss+xml");
    const xml = await rss.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = parser.parse(xml).rss.channel.item;
    expect(item.title).toBe(input.title);
    expect(item.link).toMatch(new RegExp(`/news/${input.slug}$`));
    expect(item.category["#text"] ?? item.category).toBe(t);
    expect(item.enclosure["@url"]).toMatch(/\/media\/news\/test-cover\.webp$/);
    expect(item["content:encoded"]).toContain("<h2>What happened</h2>");
    expect(item["content:encoded"]).toContain("<strong>talked</strong>");
    expect(item["content:encoded"]).not.toContain("<script");

    const atom = await (await feed("atom", { tag: t })).text();
    expect(XMLValidator.validate(atom)).toBe(true);
    const entry = parser.parse(atom).feed.entry;
    expect(entry.title["#text"] ?? entry.title).toBe(input.title);
  });

  it("give a link or a picture written as a path the site's address, since a feed is read away from the site", async () => {
    const t = tag();
    const { id } = await readyDraft({ tags: [t], body: "See [the map](/map), [a hub's site](https://example.org/x) and [a note](#note).\n\n![The room](/media/news/room.webp)" });
    await publishArticle(staff.actor, id);
    const content = parser.parse(await (await feed("rss", { tag: t })).text()).rss.channel.item["content:encoded"] as string;
    expect(content).toContain(`href="${siteUrl("/map")}"`);
    expect(content).toContain('href="https://example.org/x"');
    expect(content).toContain(`src="${siteUrl("/media/news/room.webp")}"`);
    expect(content).toMatch(/href="#[^"]*note"/);
  });

  it("answer 304 to a reader holding the current version, and change when an article is published", async () => {
    const t = tag();
    const first = await feed("rss", { tag: t });
    const etag = first.headers.get("etag")!;
    expect((await feed("rss", { tag: t }, { "if-none-match": etag })).status).toBe(304);
    const { id } = await readyDraft({ tags: [t] });
    await publishArticle(staff.actor, id);
    const after = await feed("rss", { tag: t }, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
  });

  it("hold at most the newest 50, never a draft", async () => {
    const xml = await (await feed("rss")).text();
    const items = [parser.parse(xml).rss.channel.item ?? []].flat();
    expect(items.length).toBeLessThanOrEqual(50);
    const drafts = await db.article.findMany({ where: { status: { not: "published" } }, select: { slug: true }, take: 50 });
    for (const d of drafts) expect(xml).not.toContain(`/news/${d.slug}<`);
  });
});

describe("a member's story about their hub", () => {
  const words = { standfirst: "", body: "We print posters by hand.", coverKey: null, coverAlt: null, coverCaption: null, coverCredit: null };

  it("is written about a hub they own, sent to the editors, returned with a message, fixed, and published with the writer emailed each time", async () => {
    const writer = await createUser({ locale: "de" });
    const hub = await createPublishedHub({ ownerId: writer.id });
    const { id } = await startContribution(writer.actor, { hubId: hub.id, title: "Our print room", language: "en-GB" });
    expect((await db.articleHub.findMany({ where: { articleId: id } })).map((h) => h.hubId)).toEqual([hub.id]);
    await updateContribution(writer.actor, id, { title: "Our print room", language: "en-GB", ...words });
    // Without a described cover it cannot go to the editors: the reason is beside the field.
    await expect(submitContribution(writer.actor, id)).rejects.toMatchObject({ field: "coverKey" });
    await updateContribution(writer.actor, id, { title: "Our print room", language: "en-GB", ...words, coverKey: "news/print.webp", coverAlt: "A riso printer" }, "news/print.webp");
    await submitContribution(writer.actor, id);
    expect((await row(id)).status).toBe("in_review");
    expect((await latestEmailTo(writer.email))?.subject).toContain("Our print room");
    // While the editors have it, the writer cannot change it.
    await expect(updateContribution(writer.actor, id, { title: "Changed", language: "en-GB", ...words })).rejects.toMatchObject({ text: { key: "news.contribute.errors.notDraft" } });

    await expect(returnArticle(staff.actor, id, "  ")).rejects.toMatchObject({ field: "message" });
    await returnArticle(staff.actor, id, "Please say where the hub is.");
    expect((await row(id)).status).toBe("draft");
    expect((await latestEmailTo(writer.email))?.text).toContain("Please say where the hub is.");
    expect((await getOwnStory(writer.actor, id)).returnedWith).toBe("Please say where the hub is.");

    await updateContribution(writer.actor, id, { title: "Our print room in Utrecht", language: "en-GB", ...words, coverKey: "news/print.webp", coverAlt: "A riso printer" });
    await submitContribution(writer.actor, id);
    expect((await getOwnStory(writer.actor, id)).returnedWith).toBeNull();
    await publishArticle(staff.actor, id);
    const published = await getPublishedArticle((await row(id)).slug);
    expect(published?.contributor?.name).toBe(writer.name);
    expect((await listHubArticles(hub.id)).map((a) => a.id)).toEqual([id]);
    const email = await latestEmailTo(writer.email);
    expect(email?.text).toContain(`/de/news/${(await row(id)).slug}`);
    expect(await db.auditEvent.count({ where: { targetId: id, action: { in: ["article.submitted", "article.returned", "article.published"] } } })).toBe(4);
  });

  it("refuses a hub the member does not own, and another member's story as not found, with nothing changed", async () => {
    const [writer, other] = await Promise.all([createUser(), createUser()]);
    const hub = await createPublishedHub({ ownerId: writer.id });
    const notTheirs = await createPublishedHub();
    await expect(startContribution(writer.actor, { hubId: notTheirs.id, title: "Not mine", language: "en-GB" })).rejects.toMatchObject({ field: "hubId" });
    await expect(startContribution(null, { hubId: hub.id, title: "Nobody", language: "en-GB" })).rejects.toBeInstanceOf(NotFoundError);
    const { id } = await startContribution(writer.actor, { hubId: hub.id, title: "Ours", language: "en-GB" });
    const before = await row(id);
    const auditsBefore = await audits(id);
    for (const actor of [other.actor, null]) {
      await expect(updateContribution(actor, id, { title: "Taken over", language: "en-GB", ...words })).rejects.toBeInstanceOf(NotFoundError);
      await expect(submitContribution(actor, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getOwnStory(other.actor, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listOwnStories(other.actor)).toEqual([]);
    // A member cannot send a story back or publish it either.
    await expect(returnArticle(writer.actor, id, "no")).rejects.toBeInstanceOf(NotFoundError);
    expect(await row(id)).toEqual(before);
    expect(await audits(id)).toBe(auditsBefore);
  });
});

describe("refused access, database unchanged", () => {
  it("a visitor and a member can neither create, edit, schedule, publish, archive nor restore an article, nor read staff's lists", async () => {
    const { id, input } = await readyDraft();
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: id }, select: { id: true } });
    const before = await row(id);
    const auditsBefore = await audits(id);
    const articlesBefore = await db.article.count();
    for (const actor of [member.actor, null]) {
      await expect(createArticle(actor, { kind: "news", title: "Mine", language: "en-GB" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateArticle(actor, id, { ...input, title: "Rewritten" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(scheduleArticle(actor, id, new Date(Date.now() + MINUTE))).rejects.toBeInstanceOf(NotFoundError);
      await expect(publishArticle(actor, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(decideArticle(actor, id, "archive")).rejects.toBeInstanceOf(NotFoundError);
      await expect(restoreRevision(actor, id, revision.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getArticleForStaff(actor, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listArticlesForStaff(actor, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(resolveArticleLinks(actor, { hubs: [], events: [], bylineStaff: [], bylineGuests: [] })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await row(id)).toEqual(before);
    expect(await audits(id)).toBe(auditsBefore);
    expect(await db.article.count()).toBe(articlesBefore);
  });
});
