// The library's pages as readers see them, in their language: a resource's facts (or "not
// stated"), its licence linked to its deed, its file and its link, its relations both ways, its
// Markdown sanitised, and schema.org's LearningResource; the search form with each choice's count.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ResourceCard } from "@/components/tools/resource-card";
import { ResourceJsonLd, ResourceView } from "@/components/tools/resource-view";
import { ToolsSearchForm } from "@/components/tools/tools-index";
import { durationText, fileSizeText, isoDuration } from "@/components/tools/words";
import type { PublishedResource } from "@/lib/resources/queries";
import { renderIn, textOf } from "@/tests/support/intl";

const resource: PublishedResource = {
  id: "r1",
  slug: "creative-hub-leaders-toolkit",
  title: "Creative Hub Leader's Toolkit",
  summary: "Fifteen tools for leading, connecting and building a hub.",
  description: "## Inside\n\nTools.<script>alert(1)</script>\n\n[x](javascript:alert(2))",
  type: "toolkit",
  topics: ["leading", "connecting", "building", "not-a-topic"],
  audience: ["hub_leaders"],
  level: null,
  languages: ["en"],
  licence: "cc_by_nc_sa",
  format: "pdf",
  durationMinutes: 90,
  author: "Nesta, Hivos and the British Council",
  year: 2020,
  url: "https://www.nesta.org.uk/toolkit/creative-hub-leaders-toolkit/",
  fileKey: "tools/abc.pdf",
  fileName: "toolkit.pdf",
  fileType: "application/pdf",
  fileBytes: 2_400_000,
  fromArchive: true,
  publishedAt: new Date("2026-12-01T10:00:00Z"),
  updatedAt: new Date("2026-12-01T10:00:00Z"),
  relations: [],
  relatedFrom: [{ kind: "translation_of", from: { slug: "toolkit-id", title: "Toolkit (Bahasa Indonesia)", languages: ["id"] } }],
};

describe("a resource's page", () => {
  it("says every fact, or that the source does not state it", async () => {
    const text = textOf(await renderIn("en-GB", createElement(ResourceView, { resource, related: [] })));
    expect(text).toContain("Topics Leading, Connecting and Building");
    expect(text).toContain("For Hub leaders");
    expect(text).toContain("Level Not stated");
    expect(text).toContain("Languages English");
    expect(text).toContain("Time it takes 1 hour, 30 minutes");
    expect(text).toContain("Year 2020");
    expect(text).toContain("Translations Toolkit (Bahasa Indonesia) (Indonesian)");
    const bare = textOf(await renderIn("en-GB", createElement(ResourceView, { resource: { ...resource, licence: null, year: null, author: "", format: null, languages: [] }, related: [] })));
    expect(bare).toContain("Licence Not stated");
    expect(bare).toContain("Year Not stated");
    expect(bare).toContain("Author or organisation Not stated");
  });

  it("links the licence to its deed, the file to its download and the source to its site; the text sanitised", async () => {
    const html = await renderIn("de", createElement(ResourceView, { resource, related: [] }));
    expect(html).toContain('href="https://creativecommons.org/licenses/by-nc-sa/4.0/" rel="license"');
    expect(html).toContain('href="/tools/creative-hub-leaders-toolkit/download"');
    expect(html).toContain('href="https://www.nesta.org.uk/toolkit/creative-hub-leaders-toolkit/" rel="external noopener noreferrer"');
    expect(textOf(html)).toContain("toolkit.pdf · PDF · 2,4 MB");
    expect(html).toContain('href="/de/tools/toolkit-id"');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("javascript:");
    const unsafe = await renderIn("en-GB", createElement(ResourceView, { resource: { ...resource, url: "javascript:alert(1)", fileKey: null }, related: [] }));
    expect(unsafe).not.toContain("javascript:");
    expect(unsafe).not.toContain("/download");
    const malformed = await renderIn("en-GB", createElement(ResourceView, { resource: { ...resource, url: "http://", fileName: null, fileBytes: null, format: null, fileType: null }, related: [] }));
    expect(malformed).not.toContain('rel="external');
    expect(malformed).not.toContain("aria-describedby");
  });

  it("describes itself to search engines as a LearningResource", async () => {
    const html = await renderIn("en-GB", createElement(ResourceJsonLd, { resource }));
    const data = JSON.parse(/<script type="application\/ld\+json">(.*)<\/script>/.exec(html)![1]!);
    expect(data).toMatchObject({
      "@type": "LearningResource",
      name: resource.title,
      learningResourceType: "toolkit",
      timeRequired: "PT1H30M",
      audience: [{ "@type": "EducationalAudience", educationalRole: "hub leaders" }],
      inLanguage: "en",
      license: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
      author: "Nesta, Hivos and the British Council",
      datePublished: "2020",
      teaches: ["Leading", "Connecting", "Building"],
    });
    expect(data.educationalLevel).toBeUndefined();
  });

  it("shows a card with its type, level, languages and year, in the reader's language", async () => {
    const text = textOf(await renderIn("es", createElement(ResourceCard, { resource: { ...resource, level: "introductory", languages: ["en", "de"] } })));
    expect(text).toContain("Kit de herramientas");
    expect(text).toContain("Introductorio · inglés y alemán · 2020");
  });
});

describe("the search form", () => {
  it("shows each choice with its count, the languages present only, and best match only with words", async () => {
    const counts = { type: { guide: 3 }, topic: { funding: 2 }, language: { en: 4, de: 1, "not-a-language": 9 }, level: {} };
    const html = await renderIn("en-GB", createElement(ToolsSearchForm, { filters: { type: "guide" }, counts }));
    expect(textOf(html)).toContain("Guide (3)");
    expect(textOf(html)).toContain("Report (0)");
    expect(textOf(html)).toContain("English (4)");
    expect(textOf(html)).not.toContain("not-a-language");
    expect(textOf(html)).not.toContain("Best match");
    expect(html).toMatch(/<form [^>]*action="\/tools" method="get"/);
    expect(textOf(await renderIn("sr-Latn", createElement(ToolsSearchForm, { filters: { q: "hab" }, counts })))).toContain("Najbolje podudaranje prvo");
  });
});

describe("numbers in words", () => {
  it("say durations and sizes in the reader's language", () => {
    expect([isoDuration(90), isoDuration(45), isoDuration(120)]).toEqual(["PT1H30M", "PT45M", "PT2H"]);
    expect(durationText(45, "en-GB")).toBe("45 minutes");
    expect(durationText(120, "de")).toBe("2 Stunden");
    expect(fileSizeText(310_000, "en-GB")).toBe("310 kB");
  });
});
