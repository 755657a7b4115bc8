// A programme is Markdown typed by staff, shown to everyone: whatever it holds, the page
// gets headings, lists and links, and never a script, an event handler or a javascript: link.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/ui/markdown";

const render = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe("programme Markdown", () => {
  it("renders headings (under the page's h2), lists, emphasis and links", () => {
    const html = render("## Day one\n\n- Talks\n- **Workshops**\n\nSee [the venue](https://example.org/venue).");
    expect(html).toContain("<h3>Day one</h3>");
    expect(html).toContain("<li>Talks</li>");
    expect(html).toContain("<strong>Workshops</strong>");
    expect(html).toContain('<a href="https://example.org/venue">the venue</a>');
  });

  it("leaves scripts, raw HTML, event handlers and javascript: links inert", () => {
    const html = render(
      [
        "<script>alert('x')</script>",
        "",
        '<img src="x" onerror="alert(1)">',
        "",
        "Text <b onclick=\"alert(2)\">bold</b> <iframe src=\"https://evil.example\"></iframe>",
        "",
        "[click me](javascript:alert(3))",
        "",
        "![pic](javascript:alert(4))",
      ].join("\n"),
    );
    expect(html).not.toMatch(/<script|<iframe|<img[^>]*onerror|onclick|javascript:/i);
    expect(html).toContain("click me");
  });
});
