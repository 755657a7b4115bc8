// A resource's file: the one it has (its name, type and size, to download), and a form that
// sends another to the upload route (app/api/admin/resources/[id]/file), a plain multipart post
// that works without JavaScript. The route sends staff back here with a notice, or with the
// reason beside the field (`?fileError=…#file`).
import { DocumentFileInput } from "@/components/admin/tools/document-file-input";
import { fileSize } from "@/components/admin/tools/labels";
import { ClientMessages } from "@/components/i18n/client-messages";
import { msg } from "@/lib/message";
import { FILE_ERROR_MESSAGES, type ResourceFileError } from "@/lib/resources/file-errors";
import { MAX_DOCUMENT_MEGABYTES } from "@/lib/storage/limits";
import { mediaUrl } from "@/lib/storage/urls";

type CurrentFile = { fileKey: string | null; fileName: string | null; fileType: string | null; fileBytes: number | null };

export function FileUploadForm({ resourceId, file, error }: { resourceId: string; file: CurrentFile; error: ResourceFileError | null }) {
  return (
    <section id="file" aria-labelledby="file-heading" className="mt-10 scroll-mt-4">
      <h2 id="file-heading" className="text-2xl font-bold">File</h2>
      {file.fileKey ? (
        <p className="mt-2 text-stone-800">
          Current file: <a href={mediaUrl(file.fileKey)}>{file.fileName ?? "the file"}</a>
          {file.fileBytes ? `, ${fileSize(file.fileBytes)}` : null}
          {file.fileType ? <span className="text-stone-600"> ({file.fileType})</span> : null}. Readers download it under this name.
        </p>
      ) : (
        <p className="mt-2 text-stone-800">No file yet. A published resource needs a file or a link.</p>
      )}
      <form method="post" action={`/api/admin/resources/${encodeURIComponent(resourceId)}/file`} encType="multipart/form-data" className="mt-4 max-w-2xl space-y-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
        <ClientMessages only={["staff.resources.file"]}>
          <DocumentFileInput
            id="resource-file"
            label={file.fileKey ? "Replace the file" : "Upload a file"}
            hint={`A PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or a zip archive, up to ${MAX_DOCUMENT_MEGABYTES} MB. Its content is checked, not its name.${file.fileKey ? " The current file is removed once the new one is kept." : ""}`}
            error={error ? msg(FILE_ERROR_MESSAGES[error], error === "too-big" ? { megabytes: MAX_DOCUMENT_MEGABYTES } : undefined) : null}
          />
        </ClientMessages>
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          Upload
        </button>
      </form>
    </section>
  );
}
