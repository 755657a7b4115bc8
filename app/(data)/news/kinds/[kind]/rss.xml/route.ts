import { newsFeedResponse } from "@/lib/news/feeds";
import { isListedKind, type ListedKind } from "@/lib/news/schema";

export const dynamic = "force-dynamic";

const FEED_TITLE: Record<ListedKind, string> = { news: "news", story: "stories from hubs", p2p_story: "P2P exchange stories" };

/** /news/kinds/story/rss.xml and the like: one kind of article, in RSS 2.0. */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const kind = (await params).kind;
  if (!isListedKind(kind)) return new Response("There is no feed of that name. Try news, story or p2p_story.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return newsFeedResponse(request, "rss", { kind }, FEED_TITLE[kind], `/news/kinds/${kind}/rss.xml`, `/news?kind=${kind}`);
}
