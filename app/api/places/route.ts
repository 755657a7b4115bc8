import { findPlaces } from "@/lib/places/gazetteer";

// Places matching ?q= for the hub form's "town or city" field. The answer depends only on
// the query and a dataset that ships with the app, so browsers and proxies may keep it.
// Countries come by code: the form names them in the page's language.
export async function GET(request: Request) {
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  const places = q.trim().length < 2 ? [] : await findPlaces(q, 10);
  return Response.json(places, { headers: { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" } });
}
