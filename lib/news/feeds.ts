import "server-only";
import { Feed } from "feed";
import { markdownToHtml } from "@/lib/markdown-html";
import { builtOnce, versionEtag, versionedResponse } from "@/lib/http/versioned-file";
import { FEED_SIZE, listFeedArticles, newsVersion, type FeedArticle } from "@/lib/news/queries";
import { articlePath, type NewsFilters } from "@/lib/news/schema";
import { SITE_NAME, siteUrl } from "@/lib/site";
import { contentTypeOfKey } from "@/lib/storage/content-types";
import { mediaUrl } from "@/lib/storage/urls";

// RSS 2.0 and Atom feeds of the news (all of it, a tag's, a kind's), built with `feed`: the
// newest FEED_SIZE published articles, each with its full text as sanitised HTML and its cover
// as an enclosure. Built once per version of what they show (lib/http/versioned-file.ts).

const FORMAT_VERSION = "1";
export type FeedFormat = "rss" | "atom";

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

function item(article: FeedArticle) {
  const link = siteUrl(articlePath(article));
  const cover = article.coverKey ? siteUrl(mediaUrl(article.coverKey)) : undefined;
  const coverType = article.coverKey ? contentTypeOfKey(article.coverKey) : undefined;
  return {
    title: article.title,
    id: link,
    link,
    description: article.standfirst || undefined,
    content: markdownToHtml(article.body),
    date: article.revisedAt ?? article.publishedAt ?? new Date(0),
    published: article.publishedAt ?? undefined,
    author: article.bylines.map((b) => ({ name: b.name })),
    category: article.tags.map((tag) => ({ name: tag, term: tag, domain: siteUrl(`/news/tags/${tag}`) })),
    ...(cover ? { enclosure: { url: cover, type: coverType ?? "image/jpeg", length: 0, title: article.coverAlt ?? undefined } } : {}),
  };
}

/** The feed's XML for `filters`, with its title and its own address. */
async function buildFeed(format: FeedFormat, filters: NewsFilters, title: string, selfPath: string, pagePath: string): Promise<string> {
  const articles = await listFeedArticles(filters);
  const feed = new Feed({
    title: `${SITE_NAME}: ${title}`,
    description: `The newest ${FEED_SIZE} articles from ${SITE_NAME}.`,
    id: siteUrl(pagePath),
    link: siteUrl(pagePath),
    language: "en",
    copyright: `© ${SITE_NAME}`,
    updated: articles[0]?.revisedAt ?? articles[0]?.publishedAt ?? new Date(0),
    feedLinks: { [format === "rss" ? "rss" : "atom"]: siteUrl(selfPath) },
    generator: SITE_NAME,
  });
  for (const article of articles) feed.addItem(item(article));
  return format === "rss" ? feed.rss2() : feed.atom1();
}

/** A news feed's response: 304 for a reader that holds this version, else the feed, built once per version. */
export async function newsFeedResponse(request: Request, format: FeedFormat, filters: NewsFilters, title: string, selfPath: string, pagePath: string): Promise<Response> {
  const version = await newsVersion(filters);
  const key = `${format}:${selfPath}:${version}`;
  return versionedResponse(request, {
    etag: versionEtag(`news-${FORMAT_VERSION}`, key),
    contentType: CONTENT_TYPE[format],
    build: () => builtOnce(key, () => buildFeed(format, filters, title, selfPath, pagePath)),
  });
}
