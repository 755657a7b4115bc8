// Client-safe, pure: the name a kept document is saved under when downloaded. Taken from the
// uploaded file's name (people recognise it), but only its last part, without control or
// path characters, of bounded length, and always with the extension of what the bytes are.
import type { DocumentExtension } from "@/lib/storage/keys";

export const MAX_FILE_NAME = 120;

/** "C:\\Users\\x\\Hub toolkit (final).PDF.html" with a PDF's bytes → "Hub toolkit (final).PDF.pdf"; a name with nothing left → "document.pdf". */
export function safeFileName(original: string | null | undefined, extension: DocumentExtension): string {
  const last = (original ?? "").split(/[/\\]/).pop() ?? "";
  const stem = last
    .normalize("NFC")
    // Control, format (bidirectional overrides) and the characters file systems or headers refuse.
    .replace(/[\p{Cc}\p{Cf}<>:"|?*;]/gu, "")
    .replace(/\s+/g, " ")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  const bounded = Array.from(stem).slice(0, MAX_FILE_NAME - extension.length - 1).join("").trim();
  return `${bounded || "document"}.${extension}`;
}
