// What an article needs before readers see it. Pure: the edit page lists the same gaps the
// publish command refuses with.
import { msg, type Msg } from "@/lib/message";

type Publishable = { title: string; body: string; coverKey: string | null; coverAlt: string | null };

export type PublishGap = { field: "title" | "body" | "coverKey" | "coverAlt"; reason: Msg };

/** Everything missing for publishing, in the form's order: a title, a body, a cover picture described in words. */
export function publishGaps(article: Publishable): PublishGap[] {
  const gaps: PublishGap[] = [];
  if (!article.title.trim()) gaps.push({ field: "title", reason: msg("staff.articles.errors.publish.title") });
  if (!article.body.trim()) gaps.push({ field: "body", reason: msg("staff.articles.errors.publish.body") });
  if (!article.coverKey) gaps.push({ field: "coverKey", reason: msg("staff.articles.errors.publish.cover") });
  // A cover that a screen reader cannot describe is not published (WCAG 1.1.1).
  else if (!article.coverAlt?.trim()) gaps.push({ field: "coverAlt", reason: msg("staff.articles.errors.publish.coverAlt") });
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
