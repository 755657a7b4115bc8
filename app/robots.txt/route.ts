import { siteUrl } from "@/lib/site";

// The site's address comes from the environment at run time, not at build time.
export const dynamic = "force-dynamic";

/**
 * Pages and data that are per visitor or for staff. Written out by hand rather than through
 * Next's MetadataRoute.Robots, which prints Allow before Disallow: first-match readers (Python's
 * urllib.robotparser among them) then take every path as allowed. Here nothing is allowed
 * explicitly, so first-match and longest-match readers agree; the open map data
 * (/api/hubs/geojson, /hubs/export.*) and /api/map/outline stay open to crawlers.
 */
const PRIVATE_PATHS = ["/admin", "/account", "/dev/", "/api/auth/", "/api/session", "/api/events/", "/api/internal/", "/api/places"] as const;

export function GET() {
  const text = ["User-agent: *", ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`), "", `Sitemap: ${siteUrl("/sitemap.xml")}`, ""].join("\n");
  return new Response(text, { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
