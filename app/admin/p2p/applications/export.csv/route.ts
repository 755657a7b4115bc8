import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { staffApplicationFilterSchema } from "@/lib/p2p/applications/admin-queries";
import { applicationsCsv } from "@/lib/p2p/applications/export";

// The staff list's P2P applications, with its filters, as a CSV download. Staff only: anyone
// else gets the same 404 as for an address that does not exist.
export async function GET(request: Request) {
  const filters = staffApplicationFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const { csv, filename } = await applicationsCsv(await getCurrentUser(), filters);
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
