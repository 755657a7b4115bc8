import "server-only";
import type { Element, Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { siteUrl } from "@/lib/site";

// Markdown typed on the site as HTML for places React does not render (news feeds), made the
// way components/ui/markdown.tsx renders it on pages: HTML in the text is dropped, and the
// result is sanitised (no scripts, event handlers or javascript: links). A feed is read away
// from the site, so a link or a picture given by its path ("/hubs/x") gets the site's address.

const URL_PROPERTIES = ["href", "src"] as const;

function absolute(node: Root | Element) {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    for (const name of URL_PROPERTIES) {
      const value = child.properties[name];
      // A fragment (a footnote's "#fn-1") stays: it points within the item.
      if (typeof value === "string" && !value.startsWith("#")) child.properties[name] = URL.parse(value, siteUrl())?.toString() ?? value;
    }
    absolute(child);
  }
}

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(() => absolute)
  .use(rehypeStringify)
  .freeze();

export const markdownToHtml = (text: string): string => String(processor.processSync(text));
