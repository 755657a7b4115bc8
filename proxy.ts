import { NextResponse, type NextRequest } from "next/server";

// Runs before every page: a fresh CSP nonce (Next puts it on its own scripts when it sees
// the policy on the request) and a request id that follows the request through the logs.
// Authorization does NOT happen here: every page and action checks the user itself.

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production") {
  const tiles = process.env.NEXT_PUBLIC_TILE_URL ? new URL(process.env.NEXT_PUBLIC_TILE_URL.replace(/\{[a-z]\}/g, "a")).origin : "https://*.tile.openstreetmap.org";
  const https = (process.env.SITE_URL ?? "").startsWith("https:");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and Leaflet set style attributes; inline style cannot run script.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tiles}`,
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const incomingId = request.headers.get("x-request-id");
  const requestId = incomingId && REQUEST_ID.test(incomingId) ? incomingId : crypto.randomUUID();
  const csp = contentSecurityPolicy(nonce);

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("x-request-id", requestId);
  headers.set("content-security-policy", csp);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|fonts/).*)" },
  ],
};
