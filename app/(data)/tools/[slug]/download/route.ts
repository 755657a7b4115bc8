import { create as contentDisposition } from "content-disposition";
import { log } from "@/lib/log";
import { countDownload, findDownload, type Download } from "@/lib/resources/downloads";
import { currentResourceSlugOf } from "@/lib/resources/queries";
import { isSlug } from "@/lib/slugs";
import { fileStorage } from "@/lib/storage";
import { contentTypeOfKey } from "@/lib/storage/content-types";

// A library resource's file, downloaded from its page: the same address in every language
// (lib/public-areas.ts leaves it unlocalised). Published resources only.
//
// Served here rather than by a redirect to /media/<key>: the download keeps the name staff gave
// it (Content-Disposition with an RFC 5987 filename* for names beyond ASCII), which a shared,
// immutable /media address cannot carry. Caching must not skip the count: `private` keeps
// shared caches (a CDN, a proxy) from answering for us, so every download that leaves a
// browser reaches this route and is counted; the reader's own browser may keep its copy for an
// hour, and opening it again from there is not a new download.

const MAX_AGE_SECONDS = 3600;

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/** A download address the resource had before its address changed: its current one, for good. */
async function movedTo(slug: string): Promise<Response | null> {
  const current = await currentResourceSlugOf(slug);
  return current ? new Response(null, { status: 308, headers: { location: `/tools/${current}/download`, "cache-control": "no-store" } }) : null;
}

function headersFor(download: Download, bytes: number | null): HeadersInit {
  const extension = download.fileKey.slice(download.fileKey.lastIndexOf(".") + 1);
  return {
    "Content-Type": contentTypeOfKey(download.fileKey) ?? "application/octet-stream",
    ...(bytes === null ? {} : { "Content-Length": String(bytes) }),
    "Content-Disposition": contentDisposition(download.fileName || `document.${extension}`),
    "Cache-Control": `private, max-age=${MAX_AGE_SECONDS}`,
    "X-Content-Type-Options": "nosniff",
  };
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = (await params).slug;
  if (!isSlug(slug)) return notFound();
  const found = await findDownload(slug);
  if (!found) return (await movedTo(slug)) ?? notFound();
  const file = await fileStorage().get(found.fileKey);
  if (!file) {
    log.error("a resource's file is missing from the storage", { slug, fileKey: found.fileKey });
    return notFound();
  }
  // Counted once the file is known to be there; null if the resource was taken down meanwhile.
  const download = await countDownload(slug);
  if (!download || download.fileKey !== found.fileKey) return notFound();
  // A view of the bytes read, not a copy of them: a document may be 25 MB.
  return new Response(new Uint8Array(file.bytes.buffer as ArrayBuffer, file.bytes.byteOffset, file.bytes.byteLength), { headers: headersFor(download, file.bytes.length) });
}

/** The headers alone, not counted: a HEAD is no download. */
export async function HEAD(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = (await params).slug;
  if (!isSlug(slug)) return notFound();
  const download = await findDownload(slug);
  if (!download) return (await movedTo(slug)) ?? notFound();
  return new Response(null, { headers: headersFor(download, download.fileBytes) });
}
