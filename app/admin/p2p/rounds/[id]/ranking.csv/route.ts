import { getCurrentUser } from "@/lib/auth/session";
import { csvDownload } from "@/lib/http/csv-download";
import { rankingCsv } from "@/lib/p2p/selection/export";

// A round's ranking with its decisions as a CSV download (staff only).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return csvDownload(async () => rankingCsv(await getCurrentUser(), id));
}
