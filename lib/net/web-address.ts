// What counts as a web address people may be sent to or the link checker may fetch: http(s),
// with a host and without a user name or password (which would be sent to whoever runs the
// host, and which the checker refuses). Client-safe: the forms' schemas use it.

/** The address as a URL, or null when it is not one of ours to take. */
export function webAddress(raw: string | URL, base?: URL): URL | null {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  const web = (url.protocol === "http:" || url.protocol === "https:") && Boolean(url.hostname) && !url.username && !url.password;
  return web ? url : null;
}
