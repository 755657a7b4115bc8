import { hubsExportResponse } from "@/lib/hubs/export";

// Open data: the published hubs matching the directory's filters, as CSV.
export const GET = (request: Request) => hubsExportResponse("csv", request);
