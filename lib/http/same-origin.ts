import { trustedProxies } from "@/lib/incoming";

/**
 * Whether a state-changing request came from a page of this site: its Origin names the host it
 * was sent to, for proxy.ts before every server action, and for the routes the proxy leaves out
 * (a resource's document upload), which check it themselves. A request without Origin is
 * refused: every browser sends one with a POST.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  // X-Forwarded-Host is the host a trusted proxy was asked for; with none in front, a client wrote it.
  const host = (trustedProxies() > 0 && request.headers.get("x-forwarded-host")) || request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
