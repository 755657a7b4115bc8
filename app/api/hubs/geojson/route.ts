import type { NextRequest } from "next/server";
import { hubMapFor, hubMapVersion, mapDataEncoding, matchesVersion } from "@/lib/hubs/map-data";
import { parseHubFilters } from "@/lib/hubs/schema";

// The map's data: published hubs matching the map's filters, as slim GeoJSON. The ETag comes
// from the database, so a browser's copy revalidates against any instance with a 304. The
// body is rendered and compressed (brotli and gzip) once per version (lib/hubs/map-data.ts),
// and sent as it is: server.ts compresses only what is not compressed yet.

export async function GET(request: NextRequest) {
  const version = await hubMapVersion(parseHubFilters(request.nextUrl.searchParams));
  const headers = new Headers({
    ETag: version.etag,
    "Last-Modified": version.lastModified.toUTCString(),
    "Cache-Control": "public, max-age=0, must-revalidate",
    Vary: "Accept-Encoding",
  });
  if (matchesVersion(request.headers.get("if-none-match"), version.etag)) return new Response(null, { status: 304, headers });

  const { body } = await hubMapFor(version);
  headers.set("Content-Type", "application/geo+json");
  const encoding = mapDataEncoding(request.headers.get("accept-encoding"));
  if (encoding) headers.set("Content-Encoding", encoding);
  return new Response((encoding ? await body.encoded(encoding) : body.json) as Uint8Array<ArrayBuffer>, { headers });
}
