// Client-safe: where a stored file (a hub's logo or photo) is served from.
export const mediaUrl = (key: string): string => `/media/${key}`;
