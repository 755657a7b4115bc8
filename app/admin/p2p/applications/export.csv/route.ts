import { getCurrentUser } from "@/lib/auth/session";
import { csvDownload } from "@/lib/http/csv-download";
import { staffApplicationFilterSchema } from "@/lib/p2p/applications/admin-queries";
import { applicationsCsv } from "@/lib/p2p/applications/export";

// The staff list's P2P applications, with its filters, as a CSV download (staff only).
export async function GET(request: Request) {
  const filters = staffApplicationFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload(async () => applicationsCsv(await getCurrentUser(), filters));
}
