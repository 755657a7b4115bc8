import type { NextRequest } from "next/server";
import { acceptsGzip, cachedHubMap, hubMapVersion, matchesVersion } from "@/lib/hubs/map-data";
import { parseHubFilters } from "@/lib/hubs/schema";

// The map's data: published hubs matching the map's filters, as slim GeoJSON. The ETag comes
// from the database, so a browser's copy revalidates against any instance with a 304. The
// body is rendered and gzipped once per version; its Content-Encoding header comes from
// next.config.ts (see acceptsGzip).

export async function GET(request: NextRequest) {
  const version = await hubMapVersion(parseHubFilters(request.nextUrl.searchParams));
  const headers = new Headers({
    ETag: version.etag,
    "Last-Modified": version.lastModified.toUTCString(),
    "Cache-Control": "public, max-age=0, must-revalidate",
    Vary: "Accept-Encoding",
  });
  if (matchesVersion(request.headers.get("if-none-match"), version.etag)) return new Response(null, { status: 304, headers });

  const body = await cachedHubMap(version);
  headers.set("Content-Type", "application/geo+json");
  const gzip = acceptsGzip(request.headers.get("accept-encoding"));
  return new Response((gzip ? body.gzip : body.json) as Uint8Array<ArrayBuffer>, { headers });
}
