import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ToolsIndex } from "@/components/tools/tools-index";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasEmptyField, parsePage } from "@/lib/page-number";
import { getPublishedResource, listLatestResources, listPublishedResourceSlugs, listRelatedResources, listResources } from "@/lib/resources/queries";
import { readResourceFilters, RESOURCES_PAGE_SIZE, resourcesPageHref } from "@/lib/resources/schema";
import { MAX_SEARCH_CHARACTERS, MAX_SEARCH_WORDS, searchWords } from "@/lib/search/words";
import { renderIn, textOf } from "@/tests/support/intl";

// The list page's server words, as next-intl gives them to a page in English.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/i18n/messages");
  return { getTranslations: async (namespace: string) => createTranslator({ locale: "en-GB", messages: await loadMessages("en-GB"), namespace: namespace as never }) };
});

// Finding resources in the library: words (accents ignored, any of a resource's texts), filters
// whose counts ignore their own choice, published resources only, and pages, at a cost in
// statements that does not grow with the library. Other files add resources to the same
// database at the same time: each test's resources carry a word of their own, and the counts
// are read within it.

const word = () => `w${randomBytes(5).toString("hex")}`;
let serial = 0;

function resource(data: Partial<Prisma.ResourceCreateInput> & { title: string }) {
  serial += 1;
  return db.resource.create({
    data: { slug: `tools-${word()}-${serial}`, type: "guide", status: "published", publishedAt: new Date(Date.UTC(2026, 0, serial)), ...data },
    select: { id: true, slug: true, title: true, topics: true },
  });
}

describe("the filters' counts", () => {
  let w: string;
  beforeAll(async () => {
    w = word();
    await resource({ title: `Funding a hub ${w}`, type: "guide", topics: ["funding", "community"], languages: ["en", "es"], level: "introductory" });
    await resource({ title: `Grants for hubs ${w}`, type: "guide", topics: ["funding"], languages: ["en"], level: "intermediate" });
    await resource({ title: `Hub leader's kit ${w}`, type: "toolkit", topics: ["leading", "funding"], languages: ["en", "pt"], level: "introductory" });
    await resource({ title: `A survey of hubs ${w}`, type: "report", topics: ["evaluation"], languages: ["de"] });
    await resource({ title: `A draft template ${w}`, type: "template", topics: ["funding"], languages: ["en"], level: "introductory", status: "draft", publishedAt: null });
    await resource({ title: `An archived guide ${w}`, type: "guide", topics: ["funding"], languages: ["en"], status: "archived" });
  });

  it("counts each choice with every other filter applied, but not its own", async () => {
    const { total, counts, resources } = await listResources({ q: w, type: "guide", topic: "funding" }, 1);
    expect(total).toBe(2);
    expect(resources.map((r) => r.title).sort()).toEqual([`Funding a hub ${w}`, `Grants for hubs ${w}`]);
    expect(counts.type).toEqual({ guide: 2, toolkit: 1 });
    expect(counts.topic).toEqual({ funding: 2, community: 1 });
    expect(counts.language).toEqual({ en: 2, es: 1 });
    expect(counts.level).toEqual({ introductory: 1, intermediate: 1 });
  });

  it("counts the published resources only, and every one of them with no filter chosen", async () => {
    const { total, counts } = await listResources({ q: w }, 1);
    expect(total).toBe(4);
    expect(counts.type).toEqual({ guide: 2, toolkit: 1, report: 1 });
    expect(counts.topic).toEqual({ funding: 3, community: 1, leading: 1, evaluation: 1 });
    expect(counts.language).toEqual({ en: 3, es: 1, pt: 1, de: 1 });
    expect(counts.level).toEqual({ introductory: 2, intermediate: 1 });
  });

  it("filters by language and level", async () => {
    expect((await listResources({ q: w, language: "pt" }, 1)).resources.map((r) => r.title)).toEqual([`Hub leader's kit ${w}`]);
    const introductory = await listResources({ q: w, level: "introductory" }, 1);
    expect(introductory.total).toBe(2);
    expect(introductory.counts.level).toEqual({ introductory: 2, intermediate: 1 });
  });
});

describe("words", () => {
  it("ignore accents both ways: “Factoria” finds “Factoría”, and “Ágora” finds “Agora”", async () => {
    const w = word();
    const factoria = await resource({ title: `Factoría Cultural ${w}` });
    const agora = await resource({ title: `Agora hub ${w}` });
    expect((await listResources({ q: `Factoria ${w}` }, 1)).resources.map((r) => r.id)).toEqual([factoria.id]);
    expect((await listResources({ q: `factoría ${w}` }, 1)).resources.map((r) => r.id)).toEqual([factoria.id]);
    expect((await listResources({ q: `Ágora ${w}` }, 1)).resources.map((r) => r.id)).toEqual([agora.id]);
  });

  it("find a word of the summary, the author or the description, and rank a title's words first", async () => {
    const w = word();
    const inDescription = await resource({ title: "Running a residency", description: `## Why\n\nA long text that mentions ${w} once.` });
    const inAuthor = await resource({ title: "Open days", author: `Studio ${w}` });
    const inTitle = await resource({ title: `All about ${w}` });
    const found = await listResources({ q: w }, 1);
    expect(found.total).toBe(3);
    expect(found.resources[0]!.id).toBe(inTitle.id);
    expect(found.resources.map((r) => r.id)).toContain(inDescription.id);
    expect(found.resources.map((r) => r.id)).toContain(inAuthor.id);
    // Words a search engine user would type: a quoted phrase, a word left out.
    expect((await listResources({ q: `"about ${w}"` }, 1)).resources.map((r) => r.id)).toEqual([inTitle.id]);
    expect((await listResources({ q: `${w} -residency -open` }, 1)).resources.map((r) => r.id)).toEqual([inTitle.id]);
  });

  it("never fail on what people type", async () => {
    for (const q of ["&|!:*()", "' OR 1=1 --", "\\", "<script>", "a & b | c", "-", '"'])
      await expect(listResources({ q }, 1)).resolves.toMatchObject({ total: expect.any(Number) });
  });

  it("are bounded: control characters dropped, spaces tidied, at most ten words and 200 characters", () => {
    expect(searchWords("  hub \u0000 toolkit\t\n")).toBe("hub toolkit");
    expect(searchWords("   ")).toBeNull();
    expect(searchWords(undefined)).toBeNull();
    expect(searchWords(["first", "second"])).toBe("first");
    expect(searchWords(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" "))!.split(" ")).toHaveLength(MAX_SEARCH_WORDS);
    expect(searchWords("x".repeat(5000))).toHaveLength(MAX_SEARCH_CHARACTERS);
  });

  it("sort by title with accents set aside, newest first by default, and relevance only with words", async () => {
    const w = word();
    await resource({ title: `Zines ${w}`, publishedAt: new Date("2026-03-01") });
    await resource({ title: `Ágora ${w}`, publishedAt: new Date("2026-01-01") });
    await resource({ title: `Budgets ${w}`, publishedAt: new Date("2026-02-01") });
    const titles = async (sort?: "title" | "newest") => (await listResources({ q: w, sort }, 1)).resources.map((r) => r.title.split(" ")[0]);
    expect(await titles("title")).toEqual(["Ágora", "Budgets", "Zines"]);
    expect(await titles("newest")).toEqual(["Zines", "Budgets", "Ágora"]);
    expect(readResourceFilters({ sort: "relevance" }).filters).toEqual({});
    expect(readResourceFilters({ q: "hub", sort: "relevance" }).filters).toEqual({ q: "hub" });
    expect(readResourceFilters({ q: "hub", sort: "title" }).filters).toEqual({ q: "hub", sort: "title" });
  });
});

describe("one resource", () => {
  it("is found only when published, with its published relations both ways", async () => {
    const w = word();
    const original = await resource({ title: `Creative Hub Leader's Toolkit ${w}`, topics: ["leading", "connecting", "building"] });
    const translation = await resource({ title: `Kit ${w} (Bahasa)`, topics: ["leading"], languages: ["id"] });
    const adaptation = await resource({ title: `Adapted kit ${w}`, topics: ["funding"] });
    const draftTranslation = await resource({ title: `Draft translation ${w}`, status: "draft", publishedAt: null });
    await db.resourceRelation.createMany({
      data: [
        { fromId: translation.id, toId: original.id, kind: "translation_of" },
        { fromId: draftTranslation.id, toId: original.id, kind: "translation_of" },
        { fromId: original.id, toId: adaptation.id, kind: "adapted_from" },
      ],
    });
    const page = await getPublishedResource(original.slug);
    expect(page?.relatedFrom.map((r) => [r.kind, r.from.slug])).toEqual([["translation_of", translation.slug]]);
    expect(page?.relations.map((r) => [r.kind, r.to.slug])).toEqual([["adapted_from", adaptation.slug]]);
    expect((await getPublishedResource(translation.slug))?.relations.map((r) => r.to.slug)).toEqual([original.slug]);
    expect(await getPublishedResource(draftTranslation.slug)).toBeNull();
    expect(await getPublishedResource("no-such-resource")).toBeNull();
  });

  it("lists related resources: explicit relations first, then most topics shared, never itself or an unpublished one", async () => {
    const w = word();
    const topics = ["space", "programming", "evaluation"];
    const self = await resource({ title: `Self ${w}`, topics });
    const linked = await resource({ title: `Linked ${w}`, topics: [] });
    const sharesTwo = await resource({ title: `Two ${w}`, topics: ["space", "programming"] });
    const sharesOne = await resource({ title: `One ${w}`, topics: ["evaluation", "community"] });
    await resource({ title: `Hidden ${w}`, topics, status: "archived" });
    await db.resourceRelation.create({ data: { fromId: self.id, toId: linked.id, kind: "adapted_from" } });
    const related = await listRelatedResources(self, 50);
    const ids = related.map((r) => r.id);
    expect(ids.slice(0, 2)).toEqual([linked.id, sharesTwo.id]);
    expect(ids.indexOf(sharesOne.id)).toBeGreaterThan(1);
    expect(ids).not.toContain(self.id);
    expect(related.every((r) => !r.title.startsWith("Hidden"))).toBe(true);
    expect(await listRelatedResources({ id: self.id, topics: [] })).toEqual([related[0]]);
  });

  it("appears in the sitemap and among the newest when published, and not before", async () => {
    const draft = await resource({ title: `Unpublished ${word()}`, status: "draft", publishedAt: null });
    const published = await resource({ title: `Published ${word()}`, publishedAt: new Date(Date.now() + 60_000) });
    const slugs = (await listPublishedResourceSlugs()).map((r) => r.slug);
    expect(slugs).toContain(published.slug);
    expect(slugs).not.toContain(draft.slug);
    expect((await listLatestResources(1)).map((r) => r.id)).toEqual([published.id]);
  });
});

describe("pages", () => {
  it("cut the list into pages of twelve, and a page past the end is empty with the right total", async () => {
    const w = word();
    await db.resource.createMany({
      data: Array.from({ length: RESOURCES_PAGE_SIZE + 2 }, (_, i) => ({ slug: `tools-page-${w}-${i}`, title: `Page test ${w} ${i}`, type: "guide" as const, status: "published" as const, publishedAt: new Date(Date.UTC(2025, 0, i + 1)) })),
    });
    const first = await listResources({ q: w }, 1);
    const second = await listResources({ q: w }, 2);
    const beyond = await listResources({ q: w }, 9);
    expect([first.resources.length, second.resources.length, beyond.resources.length]).toEqual([RESOURCES_PAGE_SIZE, 2, 0]);
    expect([first.pages, beyond.total]).toEqual([2, RESOURCES_PAGE_SIZE + 2]);
    expect(new Set([...first.resources, ...second.resources].map((r) => r.id)).size).toBe(RESOURCES_PAGE_SIZE + 2);
  });

  it("are numbered within bounds, whatever the address says", () => {
    expect([parsePage("0"), parsePage("-3"), parsePage("abc"), parsePage(undefined), parsePage("999999999"), parsePage(["2", "5"])]).toEqual([1, 1, 1, 1, 10_000, 2]);
  });

  it("know a filter form's empty field, which sends the reader to the tidy address", () => {
    expect([hasEmptyField({ q: "", type: "guide" }), hasEmptyField({ topic: ["funding", ""] }), hasEmptyField({ q: "hub", page: "2" }), hasEmptyField({})]).toEqual([true, true, false, false]);
  });
});

describe("the list page", () => {
  let w: string;
  beforeAll(async () => {
    w = word();
    await resource({ title: `Hub budgets ${w}`, type: "guide", topics: ["funding"], languages: ["en"], level: "introductory", summary: "Plan a year of rent and programmes." });
    await resource({ title: `Hub leases ${w}`, type: "template", topics: ["space"], languages: ["en", "es"] });
  });
  const page = async (filters: Parameters<typeof ToolsIndex>[0]["filters"], n = 1, ignored: Parameters<typeof ToolsIndex>[0]["ignored"] = []) =>
    renderIn("en-GB", await ToolsIndex({ filters, page: n, ignored }));

  it("shows the matches with each choice's count, and stays small", async () => {
    const html = await page({ q: w, type: "guide" });
    const text = textOf(html);
    expect(text).toContain("One resource matches your search.");
    expect(text).toContain(`Hub budgets ${w}`);
    expect(text).not.toContain(`Hub leases ${w}`);
    expect(text).toContain("Guide (1)");
    expect(text).toContain("Template (1)");
    expect(text).toContain("Introductory · English");
    expect(html).toContain('href="/tools/suggest"');
    // What renders per request for every search: the page's own part, without the site's frame.
    expect(html.length).toBeLessThan(15_000);
  });

  it("says when nothing matches and how to clear the filters, and names the values it ignored", async () => {
    const text = textOf(await page({ q: w, type: "video" }, 1, [{ filter: "level", value: "expert" }]));
    expect(text).toContain("Nothing matches your search");
    expect(text).toContain("clear the filters");
    expect(text).toContain("There is no level called “expert”, so all levels are shown.");
  });

  it("says a page past the end is not there, and leads to the first", async () => {
    const text = textOf(await page({ q: w }, 5));
    expect(text).toContain("2 resources match your search.");
    expect(text).toContain("There is no page 5: the list has 1 page.");
    expect(text).toContain("Go to the first page");
  });
});

describe("the address", () => {
  it("ignores and reports values that are not the library's, keeping the rest", () => {
    const { filters, ignored } = readResourceFilters({ q: "  hub   toolkit ", type: "bogus", topic: "funding", language: "xx", level: "expert", sort: "random", page: "2", utm_source: "mail" });
    expect(filters).toEqual({ q: "hub toolkit", topic: "funding" });
    expect(ignored).toEqual([
      { filter: "type", value: "bogus" },
      { filter: "language", value: "xx" },
      { filter: "level", value: "expert" },
      { filter: "sort", value: "random" },
    ]);
  });

  it("reads one value per filter, and writes the filters in a fixed order without the default order", () => {
    expect(readResourceFilters({ type: ["report", "guide"], language: "en", level: "advanced" }).filters).toEqual({ type: "report", language: "en", level: "advanced" });
    expect(resourcesPageHref({ level: "advanced", q: "hub", type: "guide", sort: "relevance" }, 3)).toBe("/tools?q=hub&type=guide&level=advanced&page=3");
    expect(resourcesPageHref({ sort: "title" })).toBe("/tools?sort=title");
    expect(resourcesPageHref({})).toBe("/tools");
  });
});

describe("the cost of a filtered page with counts", () => {
  type Patched = { query: (...args: unknown[]) => unknown };
  const proto = pg.Client.prototype as unknown as Patched;
  const original = proto.query;
  let statements = 0;
  beforeAll(() => {
    proto.query = function (this: unknown, ...args: unknown[]) {
      statements += 1;
      return original.apply(this, args);
    };
  });
  afterAll(() => {
    proto.query = original;
  });

  it("is one statement for 10 resources as for 100", async () => {
    const [small, large] = [word(), word()];
    for (const [w, count] of [[small, 10], [large, 100]] as const) {
      await db.resource.createMany({
        data: Array.from({ length: count }, (_, i) => ({
          slug: `tools-cost-${w}-${i}`,
          title: `Hub guide ${w} ${i}`,
          type: i % 2 ? ("guide" as const) : ("toolkit" as const),
          topics: i % 3 ? ["funding", "community"] : ["space"],
          languages: i % 4 ? ["en"] : ["en", "de"],
          level: i % 5 ? ("introductory" as const) : null,
          status: "published" as const,
          publishedAt: new Date(Date.UTC(2024, 0, i + 1)),
        })),
      });
    }
    const cost = async (w: string) => {
      statements = 0;
      const result = await listResources({ q: `hub ${w}`, topic: "funding", type: "guide", language: "en", sort: "title" }, 1);
      return { statements, total: result.total };
    };
    const [a, b] = [await cost(small), await cost(large)];
    expect(a.total).toBeGreaterThan(0);
    expect(b.total).toBeGreaterThan(a.total);
    expect(b.statements).toBe(a.statements);
    expect(a.statements).toBe(1);
  }, 60_000);
});
