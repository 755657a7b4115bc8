// Client-safe: why a document was refused (lib/storage/documents.ts), as codes that pages word.
export const DOCUMENT_PROBLEMS = ["missing", "too-big", "wrong-type"] as const;
export type DocumentProblem = (typeof DOCUMENT_PROBLEMS)[number];
