import "server-only";
import { NotFoundError } from "@/lib/errors";

/**
 * A staff export as a CSV download: private, never cached or indexed. Someone who may not
 * have it gets the same 404 as for an address that does not exist.
 */
export async function csvDownload(make: () => Promise<{ csv: string; filename: string }>): Promise<Response> {
  try {
    const { csv, filename } = await make();
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
