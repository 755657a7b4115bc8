import { newsFeedResponse } from "@/lib/news/feeds";

// Read per request: a cheap version check, the feed built once per version (lib/news/feeds.ts).
export const dynamic = "force-dynamic";

/** Every kind of article, in RSS 2.0. */
export const GET = (request: Request) => newsFeedResponse(request, "rss", {}, "news and stories", "/news/rss.xml", "/news");
