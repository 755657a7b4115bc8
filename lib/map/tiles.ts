// The map's base layer, from configuration. Client-safe: NEXT_PUBLIC_ values are inlined at build.

export const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL || "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";

export const TILE_ATTRIBUTION =
  process.env.NEXT_PUBLIC_TILE_ATTRIBUTION || '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** The origin to allow in the Content-Security-Policy's img-src ("{s}" subdomains become a wildcard). */
export const TILE_ORIGIN = process.env.NEXT_PUBLIC_TILE_URL
  ? new URL(process.env.NEXT_PUBLIC_TILE_URL.replace(/\{s\}/g, "a").replace(/\{[a-z]\}/g, "0")).origin.replace("://a.", "://*.")
  : "https://*.tile.openstreetmap.org";

/** The tile server's host name, for the privacy notice: "{s}." load-balancing subdomains dropped. */
export const tileServerHost = (url = TILE_URL): string => new URL(url.replace(/\{s\}\./, "").replace(/\{[a-z]\}/g, "0")).hostname;

/** Europe, for the first view of a map. */
export const EUROPE_CENTER: [number, number] = [50, 12];
export const EUROPE_ZOOM = 4;
