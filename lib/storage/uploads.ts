import "server-only";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { UserError } from "@/lib/errors";
import { MAX_IMAGE_BYTES } from "@/lib/hubs/form-state";
import { fileStorage } from "@/lib/storage";

/** Wide enough for a hub's or an event's header image on a large screen. */
const MAX_WIDTH = 1200;
const ACCEPTED = new Set(["jpeg", "png", "webp"]);

const NOT_AN_IMAGE = "That file is not a JPEG, PNG or WebP image. Choose a photo or logo in one of those formats.";

/**
 * An uploaded picture (a hub's logo or photo, an event's cover): the bytes must really be a
 * JPEG, PNG or WebP image (whatever the file's name or claimed type say), at most 5 MB.
 * Stored re-encoded as WebP under `folder`, at most 1200 px wide, turned upright and without
 * metadata (camera, GPS position). Returns the storage key. Errors are for the form's `field`.
 */
export async function storeImage(file: File, { folder, field }: { folder: "hubs" | "events"; field: string }): Promise<string> {
  if (file.size > MAX_IMAGE_BYTES) throw new UserError("That image is bigger than 5 MB. Choose a smaller one, or resize it first.", field);
  const bytes = Buffer.from(await file.arrayBuffer());
  let resized: Buffer;
  try {
    // limitInputPixels stops a small file that decodes to a huge picture.
    const image = sharp(bytes, { limitInputPixels: 50_000_000 });
    const { format } = await image.metadata();
    if (!format || !ACCEPTED.has(format)) throw new UserError(NOT_AN_IMAGE, field);
    resized = await image.rotate().resize({ width: MAX_WIDTH, withoutEnlargement: true }).webp({ quality: 82 }).toBuffer();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(NOT_AN_IMAGE, field);
  }
  const key = `${folder}/${randomBytes(16).toString("hex")}.webp`;
  await fileStorage().put(key, resized, "image/webp");
  return key;
}

export const storeHubImage = (file: File, field = "image") => storeImage(file, { folder: "hubs", field });

/** A file input sends an empty file when nothing was chosen. */
export const isChosenFile = (v: unknown): v is File => v instanceof File && v.size > 0;
