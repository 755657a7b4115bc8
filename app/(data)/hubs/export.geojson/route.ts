import { hubsExportResponse } from "@/lib/hubs/export";

// Open data: the published hubs matching the directory's filters, as GeoJSON.
export const GET = (request: Request) => hubsExportResponse("geojson", request);
