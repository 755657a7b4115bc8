import { getCurrentUser } from "@/lib/auth/session";
import { csvDownload } from "@/lib/http/csv-download";
import { applicantsCsv } from "@/lib/events/review/export";
import { applicationFilterSchema } from "@/lib/events/review/schema";

// The review page's applicants, with its filters, as a CSV download (staff only).
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const filters = applicationFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload(async () => applicantsCsv(await getCurrentUser(), id, filters));
}
