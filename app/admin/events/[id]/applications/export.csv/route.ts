import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { applicantsCsv } from "@/lib/events/review/export";
import { applicationFilterSchema } from "@/lib/events/review/schema";

// The review page's applicants, with its filters, as a CSV download. Staff only: anyone
// else gets the same 404 as for an event that does not exist.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const filters = applicationFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const { csv, filename } = await applicantsCsv(await getCurrentUser(), id, filters);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
