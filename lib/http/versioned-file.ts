import "server-only";
import { createHash } from "node:crypto";
import { siteUrl } from "@/lib/site";

// Files built from the database that clients fetch again and again (calendar and news feeds):
// each request checks a cheap version of what the file depends on (a count and a newest
// change), answers 304 to a client that holds it, and builds the file only for a version this
// instance has not built yet. The kept builds are a cache: any instance rebuilds what it lacks.

const builtFiles = new Map<string, string>();
const KEPT_FILES = 16;

/** The file for `version`, built by `build` only when this instance has not built it yet. */
export async function builtOnce(version: string, build: () => Promise<string>): Promise<string> {
  const kept = builtFiles.get(version);
  if (kept !== undefined) {
    // Kept in order of use, so that a feed read often is the last to go.
    builtFiles.delete(version);
    builtFiles.set(version, kept);
    return kept;
  }
  const body = await build();
  builtFiles.set(version, body);
  if (builtFiles.size > KEPT_FILES) builtFiles.delete(builtFiles.keys().next().value!);
  return body;
}

/** A strong validator from what the content depends on, and the format's own version (bumped when the file's shape changes). */
export const versionEtag = (format: string, version: string): string => `"${createHash("sha1").update(`${format}|${siteUrl()}|${version}`).digest("base64url")}"`;

/**
 * The response for a versioned file: 304 when the client already holds this version, else the
 * file, built only then. `filename` makes browsers offer the file for download.
 */
export async function versionedResponse(request: Request, file: { etag: string; contentType: string; build: () => Promise<string> | string; filename?: string }): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": file.contentType,
    "cache-control": "public, max-age=300, must-revalidate",
    etag: file.etag,
    ...(file.filename ? { "content-disposition": `attachment; filename="${file.filename}"` } : {}),
  };
  const known = request.headers.get("if-none-match");
  if (known && known.split(",").some((tag) => tag.trim().replace(/^W\//, "") === file.etag)) return new Response(null, { status: 304, headers });
  return new Response(await file.build(), { status: 200, headers });
}
