// Client-safe. Keys are ours (never typed by people): lower-case, in folders, with the
// extension of what the bytes really are (an image, or a document checked by
// lib/storage/documents.ts). No "..", no absolute paths.

export const IMAGE_EXTENSIONS = ["webp", "png", "jpg", "jpeg"] as const;
export const DOCUMENT_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "zip", "doc", "xls", "ppt"] as const;
export type DocumentExtension = (typeof DOCUMENT_EXTENSIONS)[number];

const KEY = new RegExp(`^[a-z0-9]+(?:[/_-][a-z0-9]+)*\\.(?:${[...IMAGE_EXTENSIONS, ...DOCUMENT_EXTENSIONS].join("|")})$`);
const IMAGE_KEY = new RegExp(`\\.(?:${IMAGE_EXTENSIONS.join("|")})$`);

export const isStorageKey = (key: string): boolean => key.length <= 200 && KEY.test(key);
/** A key that names a picture: what a form's image field may carry (never a document). */
export const isImageKey = (key: string): boolean => isStorageKey(key) && IMAGE_KEY.test(key);
/** A key that names a document (served as a download, never shown inline). */
export const isDocumentKey = (key: string): boolean => isStorageKey(key) && !IMAGE_KEY.test(key);
