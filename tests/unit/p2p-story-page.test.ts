// A P2P story as readers see it: its own words in its language (lang), the page's words in the
// reader's, its cover described, its Markdown sanitised, both hubs linked with their place on
// the map. And the table of an article's moves, which staff pages and commands both read.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { HubStoriesSection, P2PStoriesSection } from "@/components/p2p/stories/p2p-stories-section";
import { StoryArticle } from "@/components/p2p/stories/story-article";
import { ARTICLE_WORKFLOW } from "@/lib/articles/workflow";
import { coverChoices, publishGaps } from "@/lib/articles/rules";
import { internalPath, needsNonce } from "@/lib/public-areas";
import { decisionsFrom } from "@/lib/workflow/transitions";
import { renderIn, textOf } from "@/tests/support/intl";

const hub = (id: string, role: "visiting" | "host", name: string, slug: string, city: string, countryCode: string) => ({ id, role, name, slug, city, countryCode, latitude: 50, longitude: 30 });

const story = {
  title: "Kyiv × Lisbon",
  standfirst: "Five days between two maker spaces.",
  body: "## What happened\n\nWe met the team.<script>alert(1)</script>\n\n[x](javascript:alert(2))",
  language: "en-GB",
  coverKey: "p2p/abc123.webp",
  coverAlt: "Two people at a laser cutter",
  coverCaption: "The first morning.",
  coverCredit: "Photo: the host hub",
  publishedAt: new Date("2027-06-01T10:00:00Z"),
  hubs: [hub("a", "visiting", "Kyiv Makers", "kyiv-makers", "Kyiv", "UA"), hub("b", "host", "Lisbon Lab", "lisbon-lab", "Lisbon", "PT")],
};

describe("the story page", () => {
  it("marks the story's words with its language, and says it on a page in another", async () => {
    const html = await renderIn("pt-PT", createElement(StoryArticle, { story }));
    expect(html).toMatch(/<div lang="en-GB"><h1[^>]*>Kyiv × Lisbon<\/h1>/);
    expect(textOf(html)).toContain("Escrita em inglês");
    expect(textOf(html)).toContain("Publicada a 1 de junho de 2027");
    expect(html).toContain('href="/pt/p2p#stories"');
  });

  it("describes the cover apart from its caption and credit, and renders the text safely under the title", async () => {
    const html = await renderIn("en-GB", createElement(StoryArticle, { story }));
    expect(html).toContain('alt="Two people at a laser cutter"');
    expect(html).toMatch(/<figcaption[^>]*>The first morning\. <span[^>]*>Photo: the host hub<\/span><\/figcaption>/);
    expect(html).toContain("<h2>What happened</h2>");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("javascript:");
    expect(textOf(html)).not.toContain("Written in");
  });

  it("links both hubs, the visiting one first, to their pages and their place on the map", async () => {
    const html = await renderIn("de", createElement(StoryArticle, { story }));
    const text = textOf(html);
    expect(text.indexOf("Besuchender Hub")).toBeLessThan(text.indexOf("Gastgeber-Hub"));
    for (const slug of ["kyiv-makers", "lisbon-lab"]) {
      expect(html).toContain(`href="/de/hubs/${slug}"`);
      expect(html).toContain(`href="/de/hubs/${slug}#where"`);
    }
    expect(text).toContain("Lisbon Lab auf der Karte");
  });
});

it("is served alike to every visitor (no nonce), from its own route in each language", () => {
  expect(needsNonce("/p2p/stories/kyiv-lisbon")).toBe(false);
  expect(internalPath("pt-PT", "/p2p/stories/kyiv-lisbon", new URLSearchParams())).toBe("/pt-PT/p2p/stories/kyiv-lisbon");
});

describe("story lists", () => {
  const card = { id: "s1", slug: "kyiv-lisbon", title: story.title, standfirst: story.standfirst, language: "en-GB", coverKey: null, coverAlt: null, publishedAt: story.publishedAt, hubs: story.hubs };

  it("/p2p lists the newest stories, or says none is there yet", async () => {
    const listed = await renderIn("es", createElement(P2PStoriesSection, { stories: [card] }));
    expect(listed).toContain('href="/es/p2p/stories/kyiv-lisbon"');
    expect(textOf(listed)).toContain("Kyiv Makers y Lisbon Lab");
    expect(textOf(await renderIn("es", createElement(P2PStoriesSection, { stories: [] })))).toContain("Todavía no hay historias");
  });

  it("a hub's page shows its stories only when there are some", async () => {
    expect(await renderIn("sr-Latn", createElement(HubStoriesSection, { stories: [], hubName: "Lisbon Lab" }))).toBe("");
    expect(textOf(await renderIn("sr-Latn", createElement(HubStoriesSection, { stories: [card], hubName: "Lisbon Lab" })))).toContain("P2P priče");
  });
});

describe("an article's workflow", () => {
  it("publishes or schedules a draft, publishes a scheduled one on time, takes a published one back to draft, archives any but an archived one", () => {
    expect(decisionsFrom(ARTICLE_WORKFLOW, "draft")).toEqual(["submit", "publish", "schedule", "archive"]);
    expect(decisionsFrom(ARTICLE_WORKFLOW, "in_review")).toEqual(["return", "publish", "schedule", "archive"]);
    expect(decisionsFrom(ARTICLE_WORKFLOW, "scheduled")).toEqual(["publish", "schedule", "unschedule", "publishScheduled", "archive"]);
    expect(decisionsFrom(ARTICLE_WORKFLOW, "published")).toEqual(["unpublish", "archive"]);
    expect(decisionsFrom(ARTICLE_WORKFLOW, "archived")).toEqual(["publish"]);
    // Only the job publishes on schedule, and only the writer submits; staff take every other move.
    for (const [decision, t] of Object.entries(ARTICLE_WORKFLOW.transitions)) expect(t.by).toBe(decision === "publishScheduled" ? "system" : decision === "submit" ? "party" : "staff");
  });

  it("offers as covers the one kept and the report's photos, each once", () => {
    const photos = [{ storageKey: "p2p/a.webp", alt: "A workbench" }];
    expect(coverChoices({ coverKey: "p2p/a.webp", coverAlt: "Changed" }, photos)).toEqual([{ key: "p2p/a.webp", alt: "A workbench" }]);
    expect(coverChoices({ coverKey: "p2p/old.webp", coverAlt: null }, photos).map((c) => c.key)).toEqual(["p2p/old.webp", "p2p/a.webp"]);
    expect(coverChoices({ coverKey: null, coverAlt: null }, [])).toEqual([]);
  });

  it("needs a title, a text and a described cover before publishing", () => {
    expect(publishGaps({ title: "T", body: "B", coverKey: "p2p/a.webp", coverAlt: "A workshop" })).toEqual([]);
    expect(publishGaps({ title: " ", body: "", coverKey: null, coverAlt: null }).map((g) => g.field)).toEqual(["title", "body", "coverKey"]);
    expect(publishGaps({ title: "T", body: "B", coverKey: "p2p/a.webp", coverAlt: "  " }).map((g) => g.field)).toEqual(["coverAlt"]);
  });

  it("needs every picture in the text described", () => {
    const gaps = (body: string) => publishGaps({ title: "T", body, coverKey: "p2p/a.webp", coverAlt: "A workshop" }).map((g) => g.reason.key);
    expect(gaps("Before ![](https://example.org/a.png) after")).toEqual(["news.errors.publish.imageAlt"]);
    expect(gaps("![  ][ref]\n\n[ref]: https://example.org/a.png")).toEqual(["news.errors.publish.imageAlt"]);
    expect(gaps("![A red poster](https://example.org/a.png) and [a link](https://example.org)")).toEqual([]);
    expect(gaps("An empty link [](https://example.org) is not a picture")).toEqual([]);
  });
});
