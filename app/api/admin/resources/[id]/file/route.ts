import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { isSameOrigin } from "@/lib/http/same-origin";
import { log } from "@/lib/log";
import { withNotice } from "@/lib/notices";
import { storageFolder } from "@/lib/public-areas";
import { requestId } from "@/lib/request";
import { revalidatePublicArea } from "@/lib/revalidate";
import { assertResourceForUpload, attachResourceFile } from "@/lib/resources/commands";
import { FILE_ERROR_PARAM, type ResourceFileError } from "@/lib/resources/file-errors";
import { fileStorage } from "@/lib/storage";
import { DocumentRefused, storeDocument } from "@/lib/storage/documents";
import { safeFileName } from "@/lib/storage/file-names";
import { MAX_DOCUMENT_BYTES } from "@/lib/storage/limits";
import { BodyTooLargeError, IncompleteBodyError, NotMultipartError, receiveFile } from "@/lib/storage/multipart";

// A library resource's file, uploaded by staff from the resource's page: streamed (busboy) to
// the storage with its own limit of 25 MB, not through a server action, whose body stays at
// 6 MB (lib/incoming.ts lets this one route's body be larger; proxy.ts leaves it alone, so the
// Origin is checked here). The type is read from the bytes (lib/storage/documents.ts). Whatever
// happens, the browser goes back to the resource's page: with a notice, or with the reason
// beside the file field; nothing is kept half.

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
const back = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
const page = (id: string) => `/admin/tools/${encodeURIComponent(id)}`;
const refused = (id: string, problem: ResourceFileError) => back(`${page(id)}?${FILE_ERROR_PARAM}=${problem}#file`);

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return text("This request was refused: it did not come from a page of this site (missing or foreign Origin header).", 403);
  const id = (await params).id;
  const actor = await getCurrentUser();
  // Before a byte of the body is read: a visitor, a member or a made-up resource learn nothing.
  try {
    await assertResourceForUpload(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) return text("Not found", 404);
    throw e;
  }
  try {
    const received = await receiveFile(
      request,
      { field: "file", maxBytes: MAX_DOCUMENT_BYTES },
      (file) => storeDocument(file, { folder: storageFolder("tools"), maxBytes: MAX_DOCUMENT_BYTES }),
      (document) => fileStorage().remove(document.key),
    );
    if (!received.result) return refused(id, "missing");
    const change = await attachResourceFile(actor, id, received.result, safeFileName(received.fileName, received.result.extension));
    revalidatePath("/admin/tools", "layout");
    if (change.public) revalidatePublicArea("resources");
    return back(withNotice(page(id), "file-uploaded"));
  } catch (e) {
    if (e instanceof DocumentRefused) return refused(id, e.problem);
    if (e instanceof NotMultipartError || e instanceof IncompleteBodyError) return refused(id, "missing");
    if (e instanceof BodyTooLargeError) return refused(id, "too-big");
    if (e instanceof NotFoundError) return text("Not found", 404);
    const reference = await requestId().catch(() => undefined);
    log.error("a resource's file could not be uploaded", { requestId: reference, resourceId: id, error: e });
    return refused(id, "failed");
  }
}
