// The staff story form: every field labelled and filled with what is stored (or what was typed),
// the cover picked among the report's photos in a fieldset, each error beside its field, and
// "Save and publish" only for a draft.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { StoryForm } from "@/components/admin/p2p/story-form";
import { msg } from "@/lib/message";
import { renderIn, textOf } from "@/tests/support/intl";

const values = { title: "Kyiv × Lisbon", slug: "kyiv-lisbon", language: "pt-PT", standfirst: "Five days.", body: "We met.", coverKey: "p2p/b.webp", coverAlt: "", coverCaption: "", coverCredit: "" };
const covers = [
  { key: "p2p/a.webp", alt: "A workbench" },
  { key: "p2p/b.webp", alt: "" },
];
const action = async () => ({ ok: false });

const render = (status: string, state: Parameters<typeof StoryForm>[0]["initial"]) =>
  renderIn("en-GB", createElement(StoryForm, { action, initial: state, story: { id: "s1", status }, covers }));

describe("the staff story form", () => {
  it("shows the stored story, its language chosen and its cover among the report's photos", async () => {
    const html = await render("draft", { ok: false, values });
    expect(html).toContain('value="Kyiv × Lisbon"');
    expect(html).toMatch(/<option value="pt-PT" selected="">Português<\/option>/);
    expect(html).toMatch(/<legend[^>]*>Cover picture<\/legend>/);
    expect(html).toMatch(/<input type="radio"[^>]*name="coverKey" checked="" value="p2p\/b.webp"/);
    expect(html).not.toMatch(/checked="" value="p2p\/a.webp"/);
    expect(textOf(html)).toContain("Photo 1: A workbench");
    expect(textOf(html)).toContain("Photo 2 (not described)");
    expect(textOf(html)).toContain("Save and publish");
  });

  it("says what publishing lacks beside the field, and offers no publishing for a published story", async () => {
    const html = await render("published", { ok: false, values, fieldErrors: { coverAlt: [msg("news.errors.publish.coverAlt")] } });
    expect(textOf(html)).toContain("Describe the cover picture for people who cannot see it.");
    expect(html).toMatch(/<input[^>]*aria-invalid="true"[^>]*name="coverAlt"/);
    expect(textOf(html)).not.toContain("Save and publish");
  });
});
