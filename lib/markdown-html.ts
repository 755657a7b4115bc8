import "server-only";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Markdown typed on the site as HTML for places React does not render (news feeds), made the
// way components/ui/markdown.tsx renders it on pages: HTML in the text is dropped, and the
// result is sanitised (no scripts, event handlers or javascript: links).
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

export const markdownToHtml = (text: string): string => String(processor.processSync(text));
