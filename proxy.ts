import { NextResponse, type NextRequest } from "next/server";
import { log } from "@/lib/log";
import { hasControlCharacter } from "@/lib/form-fields";
import { TILE_ORIGIN } from "@/lib/map/tiles";
import { isRequestId, MAX_BODY_BYTES } from "@/lib/incoming";
import { isSameOrigin } from "@/lib/http/same-origin";
import { internalPath, isLocalisedPath, needsNonce } from "@/lib/public-areas";
import { DEFAULT_LOCALE, splitLocale } from "@/i18n/languages";

// Runs before every page: the page's language (from the address's prefix), the
// Content-Security-Policy, a request id that follows the request through the logs, and the
// address of cached listing pages. Authorization does NOT
// happen here: every page and action checks the user itself.

// Fixed for the life of the process: only the nonce changes per request.
const HTTPS_SITE = (process.env.SITE_URL ?? "").startsWith("https:");

/** Pages that other sites may put in an iframe (the embeddable map); next.config.ts drops X-Frame-Options for them too. */
export const isEmbedPath = (pathname: string) => pathname.startsWith("/embed/");

/**
 * Pages where people sign in, handle their account, apply or do staff work get a fresh nonce
 * per response, and only scripts carrying it run (needsNonce, lib/public-areas.ts). The public
 * pages are cached and served alike to every visitor, so they cannot carry a per-response
 * nonce: their policy allows the page's own inline scripts (Next's bootstrap data) and
 * same-origin files only. Those pages show no user data, and every text on them is escaped or
 * sanitised when rendered.
 */

export function contentSecurityPolicy(nonce: string | null, dev = process.env.NODE_ENV !== "production", embed = false) {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}` : `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    // React and Leaflet set style attributes; inline style cannot run script.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${TILE_ORIGIN}`,
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    embed ? "frame-ancestors *" : "frame-ancestors 'none'",
    ...(HTTPS_SITE ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// What browsers send for forms and for Server Action calls; JSON only to the API.
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded|text\/plain)\b/i;

/**
 * Refuses a state-changing request that a browser on another site could have sent
 * (Origin missing or foreign) or that no form of ours sends (wrong content type), before
 * any action runs. Next's own action check lets a request without Origin through.
 */
export function refuseUnsafeRequest(request: NextRequest): NextResponse | null {
  if (SAFE_METHODS.has(request.method)) return null;
  // Next refuses oversized action bodies too, but answers 500; say 413 and why. (A chunked
  // body declares no length: server.ts counts its bytes.)
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return new NextResponse(`This request was refused: the body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`, {
      status: 413,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (!isSameOrigin(request)) {
    return new NextResponse("This request was refused: it did not come from a page of this site (missing or foreign Origin header).", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const type = request.headers.get("content-type") ?? "";
  const api = request.nextUrl.pathname.startsWith("/api/");
  if (!FORM_TYPES.test(type) && !(api && /^application\/json\b/i.test(type))) {
    return new NextResponse(`This request was refused: content type "${type || "none"}" is not accepted here.`, {
      status: 415,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return null;
}

/** An address with a control character in its path (/hubs/%00): no page has one, and PostgreSQL refuses NUL. */
export function refuseControlCharacterPath(pathname: string): NextResponse | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  if (!hasControlCharacter(decoded)) return null;
  return new NextResponse("This address holds a control character, which no page of this site has.", {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

export function proxy(request: NextRequest) {
  const refused = refuseUnsafeRequest(request) ?? refuseControlCharacterPath(request.nextUrl.pathname);
  if (refused) return refused;
  const localised = isLocalisedPath(request.nextUrl.pathname);
  // "/de/map" is the map in German; an address without a prefix is English and never redirects.
  const { locale, path: pathname } = localised ? splitLocale(request.nextUrl.pathname) : { locale: DEFAULT_LOCALE, path: request.nextUrl.pathname };
  const nonce = needsNonce(pathname) ? btoa(crypto.randomUUID()) : null;
  const incomingId = request.headers.get("x-request-id");
  const requestId = incomingId && isRequestId(incomingId) ? incomingId : crypto.randomUUID();
  const csp = contentSecurityPolicy(nonce, undefined, localised && isEmbedPath(pathname));

  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  // next-intl's getLocale() in server actions and route handlers reads this.
  headers.set("x-next-intl-locale", locale);
  if (nonce) {
    // Next reads the nonce from the request's policy and puts it on its scripts.
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
  }
  // Lets a page that asks a visitor to sign in bring them back to the same address.
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);

  // One access line per page request; the same id is in every other log line it causes.
  log.info("request", { requestId, method: request.method, path: request.nextUrl.pathname });

  // Every page lives under its language's segment (app/[locale]); listings every visitor sees
  // alike are served from their cached twin (lib/cached-pages.ts).
  const target = localised ? new URL(internalPath(locale, pathname, request.nextUrl.searchParams), request.url) : null;
  const response = target ? NextResponse.rewrite(target, { request: { headers } }) : NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: [
    // The map data is a GET-only route with no page to protect: it skips the proxy's work. A
    // resource's document upload streams up to 25 MB: Next would buffer it for the proxy (and
    // cut it at 10 MB), and the route checks the Origin and the staff session itself.
    { source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|fonts/|api/hubs/geojson|api/admin/resources/).*)" },
  ],
};
