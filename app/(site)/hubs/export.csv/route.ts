import { exportFilename, hubsCsvStream } from "@/lib/hubs/export";
import { parseHubFilters } from "@/lib/hubs/schema";

// Open data: the published hubs matching the directory's filters (?country=…&kind=…), as CSV.
export async function GET(request: Request) {
  const filters = parseHubFilters(new URL(request.url).searchParams);
  return new Response(hubsCsvStream(filters), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFilename("csv")}"`,
      "cache-control": "public, max-age=300",
    },
  });
}
