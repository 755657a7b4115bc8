import { Link } from "@/i18n/navigation";

// The tags of rich messages (`t.rich("key", { link: linkTo("/contact"), strong })`): the words
// stay in the catalogue, the markup here.

/** <link>…</link> in a message: a link to a page of the site, in the page's language. */
export function linkTo(href: string) {
  return function RichLink(chunks: React.ReactNode) {
    return <Link href={href}>{chunks}</Link>;
  };
}

/** <strong>…</strong> in a message. */
export const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** <hidden>…</hidden> in a message: words only screen readers read ("Continue <hidden>the draft “Loom”</hidden>"). */
export const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

/** <code>…</code> in a message. */
export const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
