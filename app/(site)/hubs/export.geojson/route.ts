import { exportFilename, hubsGeoJsonStream } from "@/lib/hubs/export";
import { parseHubFilters } from "@/lib/hubs/schema";

// Open data: the published hubs matching the directory's filters (?country=…&kind=…), as GeoJSON.
export async function GET(request: Request) {
  const filters = parseHubFilters(new URL(request.url).searchParams);
  return new Response(hubsGeoJsonStream(filters), {
    headers: {
      "content-type": "application/geo+json; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFilename("geojson")}"`,
      "cache-control": "public, max-age=300",
    },
  });
}
