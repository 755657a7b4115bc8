import { newsFeedResponse } from "@/lib/news/feeds";
import { isTag } from "@/lib/news/schema";

export const dynamic = "force-dynamic";

/** The articles with one tag, in RSS 2.0; a tag nobody uses gives an empty feed. */
export async function GET(request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const tag = (await params).tag;
  if (!isTag(tag)) return new Response("Tags are lower-case words joined by hyphens, like creative-hubs.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return newsFeedResponse(request, "rss", { tag }, `tagged “${tag}”`, `/news/tags/${tag}/rss.xml`, `/news/tags/${tag}`);
}
