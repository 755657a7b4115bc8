// What an article needs before readers see it. Pure: the edit page lists the same gaps the
// publish command refuses with.
import { msg, type Msg } from "@/lib/message";
import { TZDate } from "@date-fns/tz";
import { SITE_TIME_ZONE } from "@/lib/timestamps";

type Publishable = { title: string; body: string; coverKey: string | null; coverAlt: string | null };

export type PublishGap = { field: "title" | "body" | "coverKey" | "coverAlt"; reason: Msg };

/** A picture in Markdown text with nothing between its square brackets: `![](…)` or `![ ][ref]`. */
export const hasUndescribedImage = (markdown: string) => /!\[\s*\]\s*[([]/.test(markdown);

/** Everything missing for publishing, in the form's order: a title, a body (its pictures described), a cover picture described in words. */
export function publishGaps(article: Publishable): PublishGap[] {
  const gaps: PublishGap[] = [];
  if (!article.title.trim()) gaps.push({ field: "title", reason: msg("news.errors.publish.title") });
  if (!article.body.trim()) gaps.push({ field: "body", reason: msg("news.errors.publish.body") });
  else if (hasUndescribedImage(article.body)) gaps.push({ field: "body", reason: msg("news.errors.publish.imageAlt") });
  if (!article.coverKey) gaps.push({ field: "coverKey", reason: msg("news.errors.publish.cover") });
  // A cover that a screen reader cannot describe is not published (WCAG 1.1.1).
  else if (!article.coverAlt?.trim()) gaps.push({ field: "coverAlt", reason: msg("news.errors.publish.coverAlt") });
  return gaps;
}

export type CoverChoice = { key: string; alt: string };

/**
 * The pictures an article may take as its cover: the one it has, and its P2P report's photos
 * (each with the description its author gave). Never a file the form names otherwise.
 */
export function coverChoices(article: { coverKey: string | null; coverAlt: string | null }, photos: readonly { storageKey: string; alt: string }[]): CoverChoice[] {
  const fromReport = photos.map((p) => ({ key: p.storageKey, alt: p.alt }));
  const current = article.coverKey && !fromReport.some((c) => c.key === article.coverKey) ? [{ key: article.coverKey, alt: article.coverAlt ?? "" }] : [];
  return [...current, ...fromReport];
}

/** Staff type a scheduled time in the site's zone (lib/timestamps.ts), as every staff time reads. */
export const STAFF_TIME_ZONE = SITE_TIME_ZONE;
const YEAR = 366 * 24 * 3600_000;

/** "2027-03-01T09:30" read in STAFF_TIME_ZONE, or null when it is no such time. */
export function staffTime(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const at = new TZDate(y, mo - 1, d, h, mi, STAFF_TIME_ZONE);
  // A date such as 31 February rolls over: refuse it rather than publish on another day.
  if (at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d || at.getHours() !== h) return null;
  return new Date(at.getTime());
}

/** Why an article cannot be scheduled for `at`: it must be ahead of now, and within a year. */
export function scheduleRefusal(at: Date, now: Date): Msg | null {
  if (at.getTime() <= now.getTime()) return msg("staff.articles.errors.scheduleInPast");
  if (at.getTime() - now.getTime() > YEAR) return msg("staff.articles.errors.scheduleTooFar");
  return null;
}

/** A stored time as the schedule field shows it ("2027-03-01T09:30", in STAFF_TIME_ZONE); undefined for none. */
export function localStaffTime(at: Date | null | undefined): string | undefined {
  if (!at) return undefined;
  const t = new TZDate(at.getTime(), STAFF_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}`;
}
