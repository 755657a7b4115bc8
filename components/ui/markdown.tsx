import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { Prose } from "@/components/site/page";

// Headings in the text sit under the page's own section heading (an h2): they start at h3.
const underSection: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h3>{children}</h3>,
  h3: ({ children }) => <h4>{children}</h4>,
  h4: ({ children }) => <h4>{children}</h4>,
  h5: ({ children }) => <h4>{children}</h4>,
  h6: ({ children }) => <h4>{children}</h4>,
};

// The text is the page itself (an article under the page's h1): its headings start at h2.
const underTitle: Components = {
  h1: ({ children }) => <h2>{children}</h2>,
  h2: ({ children }) => <h2>{children}</h2>,
  h3: ({ children }) => <h3>{children}</h3>,
  h4: ({ children }) => <h4>{children}</h4>,
  h5: ({ children }) => <h4>{children}</h4>,
  h6: ({ children }) => <h4>{children}</h4>,
};

/**
 * Markdown typed by staff, rendered safely: HTML in the text is dropped, never rendered, and
 * the result is sanitised (no scripts, event handlers or javascript: links) before React sees it.
 * `top`: the level its headings start at (3 inside a section; 2 when it is the page's text).
 */
export function Markdown({ text, top = 3 }: { text: string; top?: 2 | 3 }) {
  return (
    <Prose>
      <ReactMarkdown skipHtml rehypePlugins={[rehypeSanitize]} components={top === 2 ? underTitle : underSection}>
        {text}
      </ReactMarkdown>
    </Prose>
  );
}
