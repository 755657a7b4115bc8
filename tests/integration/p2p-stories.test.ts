// An approved report becomes one draft P2P story linking both hubs; staff publish it once its
// cover is described; visitors read published stories only, on the story's page, on /p2p and on
// both hubs' pages; members and host owners cannot edit or move a story (nothing changes).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { archiveArticle, publishArticle, unpublishArticle, updateArticle } from "@/lib/articles/commands";
import { MAX_ARTICLE_TITLE } from "@/lib/articles/limits";
import { articleFormValues, articleSchema, type ArticleInput } from "@/lib/articles/schema";
import { getStoryForStaff, listStoriesForStaff } from "@/lib/p2p/stories/admin-queries";
import { draftStoryFromReport } from "@/lib/p2p/stories/draft";
import { getPublishedStory, listHubStories, listPublishedStories, listPublishedStorySlugs } from "@/lib/p2p/stories/queries";
import { isSlug } from "@/lib/slugs";
import { listAuditEvents } from "@/lib/users/queries";
import { createAcceptedApplication, createReviewRound } from "./p2p-fixtures";
import { createUser } from "./helpers";

type TestUser = Awaited<ReturnType<typeof createUser>>;

const refusal = (key: string, field: string) => expect.objectContaining({ field, text: expect.objectContaining({ key }) });
const articleRow = (id: string) => db.article.findUniqueOrThrow({ where: { id }, include: { hubs: true } });
const auditCount = (id: string) => db.auditEvent.count({ where: { targetType: "article", targetId: id } });

/** An exchange whose report was approved, with one photo, and its draft story (drafted twice: it stays one). */
async function approvedExchange(opts: { photoAlt?: string } = {}) {
  const round = await createReviewRound();
  const exchange = await createAcceptedApplication(round.id);
  await db.p2PReport.create({
    data: {
      applicationId: exchange.application.id,
      whatHappened: "We spent five days in the host's workshop.",
      outcomes: "Two shared residencies next year.",
      publicSummary: "Five days between two maker spaces.",
      approvedAt: new Date(),
      photos: { create: [{ storageKey: `p2p/${exchange.application.id.slice(-8)}aa.webp`, alt: opts.photoAlt ?? "", position: 0 }] },
    },
  });
  const story = await db.$transaction((tx) => draftStoryFromReport(tx, exchange.application.id, null));
  return { ...exchange, story };
}

/** What the staff form sends for the story as it is stored, with `over` changed. */
async function formInput(id: string, over: Record<string, string> = {}): Promise<ArticleInput> {
  const row = await articleRow(id);
  const { articleId, ...input } = articleSchema.parse({ articleId: id, ...articleFormValues(row), ...over });
  expect(articleId).toBe(id);
  return input;
}

let staff: TestUser;
let member: TestUser;

beforeAll(async () => {
  [staff, member] = await Promise.all([createUser({ role: "staff" }), createUser()]);
});

describe("a draft story from an approved report", () => {
  it("gets a title and an address staff can save unchanged, however long the two hubs' names", async () => {
    const { application, visitingHub, host } = await approvedExchange();
    await db.hub.update({ where: { id: visitingHub.id }, data: { name: `The Cooperative Workshop for Textile, Print and Sound of the Old Harbour and its Neighbouring Streets, Quays and Warehouses` } });
    await db.hub.update({ where: { id: host.hub.id }, data: { name: "The Municipal Centre for Contemporary Crafts and Digital Fabrication" } });
    await db.article.deleteMany({ where: { p2pApplicationId: application.id } });
    const story = await db.$transaction((tx) => draftStoryFromReport(tx, application.id, null));
    expect(isSlug(story.slug)).toBe(true);
    expect((await articleRow(story.id)).title.length).toBeLessThanOrEqual(MAX_ARTICLE_TITLE);
    expect(story.slug.endsWith(application.id.slice(-6))).toBe(true);
    const saved = await updateArticle(staff.actor, story.id, await formInput(story.id));
    expect(saved).toMatchObject({ id: story.id, slug: story.slug });
  });

  it("takes a longer address when another article holds the one it would take", async () => {
    const { application } = await approvedExchange();
    const first = await articleRow((await db.article.findFirstOrThrow({ where: { p2pApplicationId: application.id } })).id);
    // Staff gave another article exactly this story's address; the story drafted again must not collide.
    await db.article.update({ where: { id: first.id }, data: { p2pApplicationId: null } });
    const story = await db.$transaction((tx) => draftStoryFromReport(tx, application.id, null));
    expect(story.slug).not.toBe(first.slug);
    expect(isSlug(story.slug)).toBe(true);
    expect(story.slug.endsWith(application.id.slice(-12))).toBe(true);
  });

  it("is one draft linking the visiting and the host hub, however often it is drafted", async () => {
    const { application, visitingHub, host, story } = await approvedExchange();
    const again = await db.$transaction((tx) => draftStoryFromReport(tx, application.id, null));
    expect(again).toEqual(story);
    expect(await db.article.count({ where: { p2pApplicationId: application.id } })).toBe(1);
    const row = await articleRow(story.id);
    expect(row).toMatchObject({ kind: "p2p_story", status: "draft", publishedAt: null, standfirst: "Five days between two maker spaces." });
    expect(row.hubs.map((h) => h.hubId).sort()).toEqual([visitingHub.id, host.hub.id].sort());
  });

  it("is not found by visitors, and not listed", async () => {
    const { story, visitingHub } = await approvedExchange();
    expect(await getPublishedStory(story.slug)).toBeNull();
    expect((await listHubStories(visitingHub.id)).map((s) => s.id)).not.toContain(story.id);
    expect((await listPublishedStorySlugs()).map((s) => s.slug)).not.toContain(story.slug);
  });
});

describe("publishing", () => {
  it("is refused while the cover has no description, and nothing changes", async () => {
    const { story } = await approvedExchange();
    const before = await articleRow(story.id);
    await expect(publishArticle(staff.actor, story.id)).rejects.toEqual(refusal("news.errors.publish.coverAlt", "coverAlt"));
    expect(await articleRow(story.id)).toEqual(before);
  });

  it("with a described cover, shows the story with both hubs, on /p2p and on each hub's page", async () => {
    const { story, visitingHub, host } = await approvedExchange({ photoAlt: "Two people at a workbench" });
    const saved = await updateArticle(staff.actor, story.id, await formInput(story.id, { coverAlt: "Two people at a laser cutter", coverCredit: "Photo: the host hub" }), { publish: true });
    expect(saved).toMatchObject({ status: "published", public: true });
    const row = await articleRow(story.id);
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(row.coverCredit).toBe("Photo: the host hub");

    const page = await getPublishedStory(story.slug);
    expect(page?.hubs.map((h) => [h.id, h.role])).toEqual([
      [visitingHub.id, "visiting"],
      [host.hub.id, "host"],
    ]);
    expect(page?.hubs[0]).toMatchObject({ slug: visitingHub.slug, name: visitingHub.name, city: visitingHub.city, countryCode: visitingHub.countryCode, latitude: visitingHub.latitude });
    expect((await listPublishedStories(50)).map((s) => s.id)).toContain(story.id);
    expect((await listPublishedStorySlugs()).map((s) => s.slug)).toContain(story.slug);
    for (const hubId of [visitingHub.id, host.hub.id]) expect((await listHubStories(hubId)).map((s) => s.id)).toEqual([story.id]);
  });

  it("keeps the first publication's date when published again; unpublished or archived, the story is gone from the site", async () => {
    const { story, host } = await approvedExchange();
    await updateArticle(staff.actor, story.id, await formInput(story.id, { coverAlt: "A workshop" }));
    await publishArticle(staff.actor, story.id);
    const first = (await articleRow(story.id)).publishedAt;
    await unpublishArticle(staff.actor, story.id);
    expect(await getPublishedStory(story.slug)).toBeNull();
    await publishArticle(staff.actor, story.id);
    expect((await articleRow(story.id)).publishedAt).toEqual(first);
    await archiveArticle(staff.actor, story.id);
    expect(await getPublishedStory(story.slug)).toBeNull();
    expect(await listHubStories(host.hub.id)).toEqual([]);
    const actions = await db.auditEvent.findMany({ where: { targetType: "article", targetId: story.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["article.created", "article.updated", "article.published", "article.unpublished", "article.published", "article.archived"]);
    const { events } = await listAuditEvents(staff.actor, { page: 1, person: staff.email, target: "article" });
    expect(events.find((e) => e.targetId === story.id && e.action === "article.archived")?.targetName).toBe((await articleRow(story.id)).title);
  });

  it("is taken once when two staff members publish at the same moment; a hub taken down since is no longer linked", async () => {
    const { story, visitingHub, host } = await approvedExchange({ photoAlt: "A workshop" });
    const results = await Promise.allSettled([publishArticle(staff.actor, story.id), publishArticle(staff.actor, story.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toEqual(expect.objectContaining({ text: expect.objectContaining({ key: "staff.articles.cannot" }) }));
    expect(await db.auditEvent.count({ where: { targetType: "article", targetId: story.id, action: "article.published" } })).toBe(1);
    await db.hub.update({ where: { id: host.hub.id }, data: { status: "archived" } });
    expect((await getPublishedStory(story.slug))?.hubs.map((h) => h.id)).toEqual([visitingHub.id]);
  });

  it("refuses a published story's edit that removes the cover's description, a taken address, and a cover neither offered nor uploaded", async () => {
    const one = await approvedExchange();
    const two = await approvedExchange();
    await updateArticle(staff.actor, one.story.id, await formInput(one.story.id, { coverAlt: "A workshop" }), { publish: true });
    await expect(updateArticle(staff.actor, one.story.id, await formInput(one.story.id, { coverAlt: "" }))).rejects.toEqual(expect.objectContaining({ field: "coverAlt" }));
    const before = await articleRow(two.story.id);
    await expect(updateArticle(staff.actor, two.story.id, await formInput(two.story.id, { slug: one.story.slug }))).rejects.toEqual(refusal("staff.articles.errors.slugTaken", "slug"));
    await expect(updateArticle(staff.actor, two.story.id, await formInput(two.story.id, { coverKey: "hubs/someone-elses.webp" }))).rejects.toEqual(expect.objectContaining({ field: "coverKey" }));
    expect(await articleRow(two.story.id)).toEqual(before);
    const uploaded = "p2p/0123456789abcdef.webp";
    await updateArticle(staff.actor, two.story.id, await formInput(two.story.id, { coverKey: uploaded }), { uploadedCover: uploaded });
    expect((await articleRow(two.story.id)).coverKey).toBe(uploaded);
  });

  it("takes an address only as a slug", () => {
    for (const slug of ["Kyiv Lisbon", "kyiv--lisbon", "-kyiv", "kyïv"]) expect(articleSchema.safeParse({ articleId: "x", title: "T", slug, language: "en-GB" }).success, slug).toBe(false);
    expect(articleSchema.safeParse({ articleId: "x", title: "T", slug: "kyiv-lisbon-2027", language: "en-GB" }).success).toBe(true);
  });
});

describe("refused access, database unchanged", () => {
  it("a member and the host hub's owner can neither edit, publish, unpublish nor archive a story, nor list them", async () => {
    const { story, host } = await approvedExchange({ photoAlt: "A workshop" });
    await updateArticle(staff.actor, story.id, await formInput(story.id, { coverAlt: "A workshop" }));
    const hostOwner = { id: host.owner.id, role: host.owner.role };
    const before = await articleRow(story.id);
    const audits = await auditCount(story.id);
    const input = await formInput(story.id, { title: "Rewritten" });
    for (const actor of [member.actor, hostOwner, null]) {
      await expect(updateArticle(actor, story.id, input)).rejects.toBeInstanceOf(NotFoundError);
      await expect(publishArticle(actor, story.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(archiveArticle(actor, story.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(unpublishArticle(actor, story.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getStoryForStaff(actor, story.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listStoriesForStaff(actor, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await articleRow(story.id)).toEqual(before);
    expect(await auditCount(story.id)).toBe(audits);
  });
});
