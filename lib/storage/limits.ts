// What an upload may be: checked in the browser first (a large file is refused before it
// travels), and on the server always. Client-safe.

/** The largest image accepted: a hub's logo or photo, an event's cover. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGE_MEGABYTES = MAX_IMAGE_BYTES / (1024 * 1024);

/**
 * The largest document accepted (a library resource's PDF, office file or archive): toolkits
 * run to a few MB, reports with pictures to 20. Sent to its own streaming route, not through a
 * server action (whose body stays within lib/incoming.ts MAX_BODY_BYTES).
 */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
export const MAX_DOCUMENT_MEGABYTES = MAX_DOCUMENT_BYTES / (1024 * 1024);
