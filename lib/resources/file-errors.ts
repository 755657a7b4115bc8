// Client-safe: why a resource's file was not uploaded, as the upload route puts it in the
// address of the page it sends staff back to (`?fileError=too-big#file`), and the message the
// page shows beside the file field. Codes only travel; the words are the catalogue's.
import type { MessageKey } from "@/lib/message";
import type { DocumentProblem } from "@/lib/storage/document-problems";

export type ResourceFileError = DocumentProblem | "failed";
export const FILE_ERROR_PARAM = "fileError";

export const FILE_ERROR_MESSAGES: Record<ResourceFileError, MessageKey> = {
  missing: "staff.resources.file.missing",
  "too-big": "staff.resources.file.tooBig",
  "wrong-type": "staff.resources.file.wrongType",
  failed: "staff.resources.file.failed",
};

/** The file error in the address, or null. */
export const fileErrorOf = (value: string | string[] | undefined): ResourceFileError | null =>
  typeof value === "string" && Object.hasOwn(FILE_ERROR_MESSAGES, value) ? (value as ResourceFileError) : null;
