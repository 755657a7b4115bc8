import "server-only";
import { db } from "@/lib/db";

// A published resource's file, as readers download it from /tools/<slug>/download: counted
// once per download in one statement, so two readers at once count two.

export type Download = { fileKey: string; fileName: string | null; fileType: string | null; fileBytes: number | null };

/** Counts one download of a published resource's file and says which file to serve; null when there is none to download. */
export async function countDownload(slug: string): Promise<Download | null> {
  const rows = await db.$queryRaw<Download[]>`
    UPDATE "Resource" SET "downloads" = "downloads" + 1
    WHERE "slug" = ${slug} AND "status" = 'published' AND "fileKey" IS NOT NULL
    RETURNING "fileKey", "fileName", "fileType", "fileBytes"`;
  return rows[0] ?? null;
}

/** The same file without counting (a HEAD request: a link checker, a browser asking the size). */
export async function findDownload(slug: string): Promise<Download | null> {
  const found = await db.resource.findFirst({ where: { slug, status: "published", fileKey: { not: null } }, select: { fileKey: true, fileName: true, fileType: true, fileBytes: true } });
  return found?.fileKey ? { ...found, fileKey: found.fileKey } : null;
}
