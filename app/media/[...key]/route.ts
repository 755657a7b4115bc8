import { fileStorage } from "@/lib/storage";
import { isDocumentKey, isStorageKey } from "@/lib/storage/keys";

// Uploaded files (hubs' logos and photos, library documents). A key names one version of a
// file forever (a new upload gets a new key), so browsers may keep it for a year without asking
// again. A document is always a download, never shown in the browser: readers get it, counted
// and with its name, from /tools/<slug>/download; this address is for staff.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const file = isStorageKey(key) ? await fileStorage().get(key) : null;
  if (!file) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  // A view of the bytes read, not a copy of them: a document may be 25 MB.
  return new Response(new Uint8Array(file.bytes.buffer as ArrayBuffer, file.bytes.byteOffset, file.bytes.byteLength), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      ...(isDocumentKey(key) ? { "Content-Disposition": "attachment" } : {}),
    },
  });
}
