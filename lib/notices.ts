// The notice a page shows after a redirect ("You have signed out."). The address carries a
// code, `?notice=<code>`, never words, so nobody can put text of their own on the page; the
// page shows the code's message in its language. Every code is listed here, under the page
// that shows it, with the catalogue key of its message (in the page's own namespace).
// Client-safe: components/site/page-notice.tsx reads it in the browser on cached pages.
import type { MessageKey } from "@/lib/message";

export const NOTICES = {
  /** The home page, where signing out and deleting an account lead (lib/auth/actions.ts). */
  home: {
    "signed-out": "home.notices.signedOut",
    "account-deleted": "home.notices.accountDeleted",
  },
} as const satisfies Record<string, Record<string, MessageKey>>;

export type NoticePage = keyof typeof NOTICES;
export type NoticeCode<P extends NoticePage = NoticePage> = keyof (typeof NOTICES)[P] & string;

/** The query parameter that carries the code. */
export const NOTICE_PARAM = "notice";

/** `path` with a notice in its address: ("/", "signed-out") → "/?notice=signed-out". Keeps the path's own query. */
export function withNotice(path: string, code: NoticeCode): string {
  const at = path.indexOf("?");
  const query = new URLSearchParams(at < 0 ? "" : path.slice(at + 1));
  query.set(NOTICE_PARAM, code);
  return `${at < 0 ? path : path.slice(0, at)}?${query}`;
}

/** The message of the notice in the address (the parameter's value), when `page` shows that code; else null. */
export function noticeMessage(page: NoticePage, value: string | string[] | null | undefined): MessageKey | null {
  const notices: Readonly<Record<string, MessageKey>> = NOTICES[page];
  return typeof value === "string" && Object.hasOwn(notices, value) ? notices[value]! : null;
}

/** The catalogue keys of a page's notices: what its notice component sends to the browser. */
export const noticeMessages = (page: NoticePage): MessageKey[] => Object.values(NOTICES[page]);
