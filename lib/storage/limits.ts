// What an upload may be: checked in the browser first (a large file is refused before it
// travels), and on the server always. Client-safe.

/** The largest image accepted: a hub's logo or photo, an event's cover. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGE_MEGABYTES = MAX_IMAGE_BYTES / (1024 * 1024);
