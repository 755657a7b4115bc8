import { newsFeedResponse } from "@/lib/news/feeds";

export const dynamic = "force-dynamic";

/** Every kind of article, in Atom. */
export const GET = (request: Request) => newsFeedResponse(request, "atom", {}, "news and stories", "/news/atom.xml", "/news");
