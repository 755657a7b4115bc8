import "server-only";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { UserError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { msg } from "@/lib/message";
import { fileStorage } from "@/lib/storage";
import { isImageKey } from "@/lib/storage/keys";
import { MAX_IMAGE_BYTES, MAX_IMAGE_MEGABYTES } from "@/lib/storage/limits";

// An image sent with a form, from its arrival to its keeping or its removal, the same for
// every area (each names its folder: storageFolder("hubs") of lib/public-areas.ts): checked
// and stored; carried by its key from one step of the form to the next; removed when nothing
// was saved; and, when the form comes back with errors before it was stored, a note at its
// field that it must be chosen again.

/** Wide enough for a hub's or an event's header image on a large screen. */
const MAX_WIDTH = 1200;
const ACCEPTED = new Set(["jpeg", "png", "webp"]);

/**
 * An uploaded picture (a hub's logo or photo, an event's cover): the bytes must really be a
 * JPEG, PNG or WebP image (whatever the file's name or claimed type say), at most 5 MB.
 * Stored re-encoded as WebP under `folder`, at most 1200 px wide, turned upright and without
 * metadata (camera, GPS position). Returns the storage key. Errors are for the form's `field`.
 */
export async function storeImage(file: File, { folder, field }: { folder: string; field: string }): Promise<string> {
  if (file.size > MAX_IMAGE_BYTES) throw new UserError("forms.image.tooBig", field, { megabytes: MAX_IMAGE_MEGABYTES });
  const bytes = Buffer.from(await file.arrayBuffer());
  let resized: Buffer;
  try {
    // limitInputPixels stops a small file that decodes to a huge picture.
    const image = sharp(bytes, { limitInputPixels: 50_000_000 });
    const { format } = await image.metadata();
    if (!format || !ACCEPTED.has(format)) throw new UserError("forms.image.notAnImage", field);
    resized = await image.rotate().resize({ width: MAX_WIDTH, withoutEnlargement: true }).webp({ quality: 82 }).toBuffer();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError("forms.image.notAnImage", field);
  }
  const key = `${folder}/${randomBytes(16).toString("hex")}.webp`;
  await fileStorage().put(key, resized, "image/webp");
  return key;
}

/** A file input sends an empty file when nothing was chosen. */
const isChosenFile = (v: unknown): v is File => v instanceof File && v.size > 0;

/** One image field of one submitted form: the file chosen (if any) and, once stored, its key. */
export type Upload = { readonly file: FormDataEntryValue | null; readonly field: string; readonly folder: string; key: string | null };

/** The image field `field` of a submitted form, to be stored under `folder` (storageFolder(area)). */
export const uploadOf = (formData: FormData, field: string, folder: string): Upload => ({ file: formData.get(field), field, folder, key: null });

/** The image for this step: a newly chosen file (checked, resized, stored), else the one carried over (null: none, or removed). */
export async function chosenImage(upload: Upload, carried: string | null | undefined): Promise<string | null> {
  if (isChosenFile(upload.file)) return (upload.key = await storeImage(upload.file, upload));
  return carried ?? null;
}

/** Nothing was saved: the file stored for this submission goes too. */
export async function discardUpload(upload: Upload): Promise<void> {
  if (upload.key) await fileStorage().remove(upload.key);
  upload.key = null;
}

/** Saves with the image for this step; when saving fails, the file stored for it goes. */
export async function saveWithImage<T>(upload: Upload, carried: string | null | undefined, save: (key: string | null) => Promise<T>): Promise<T> {
  const key = await chosenImage(upload, carried);
  try {
    return await save(key);
  } catch (e) {
    await discardUpload(upload);
    throw e;
  }
}

/**
 * A key a form carried back (stored when the form was previewed): ours in shape, in the
 * area's folder, and really stored, so a form cannot point at any file. Whether another
 * record already uses it is the area's own check.
 */
export async function isStoredUpload(key: string, folder: string): Promise<boolean> {
  return isImageKey(key) && key.startsWith(`${folder}/`) && (await fileStorage().get(key)) !== null;
}

/** A chosen file is lost when the form comes back with errors before it was stored: say so at its field. */
export function withUploadNote<S extends FormState>(state: S, upload: Upload): S {
  if (state.ok || !isChosenFile(upload.file) || upload.key || state.fieldErrors?.[upload.field]) return state;
  return { ...state, fieldErrors: { ...state.fieldErrors, [upload.field]: [msg("forms.image.notKept")] } };
}
