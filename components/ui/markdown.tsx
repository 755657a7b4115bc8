import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { Prose } from "@/components/site/page";

// Headings in the text sit under the page's own section heading (an h2): they start at h3.
const components: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h3>{children}</h3>,
  h3: ({ children }) => <h4>{children}</h4>,
  h4: ({ children }) => <h4>{children}</h4>,
  h5: ({ children }) => <h4>{children}</h4>,
  h6: ({ children }) => <h4>{children}</h4>,
};

/**
 * Markdown typed by staff, rendered safely: HTML in the text is dropped, never rendered, and
 * the result is sanitised (no scripts, event handlers or javascript: links) before React sees it.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <Prose>
      <ReactMarkdown skipHtml rehypePlugins={[rehypeSanitize]} components={components}>
        {text}
      </ReactMarkdown>
    </Prose>
  );
}
