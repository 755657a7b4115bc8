import "server-only";
import { headers } from "next/headers";

/** Set by proxy.ts on every request; carried into logs, audit events and error pages. */
export const REQUEST_ID_HEADER = "x-request-id";

export async function requestId(): Promise<string | undefined> {
  return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
}

/**
 * The client's address, for per-IP rate limits. Next's server fills X-Forwarded-For with
 * the socket address only when the request has none, and each proxy appends the address
 * it saw. So with TRUSTED_PROXIES=n proxies in front (a load balancer: 1), the client is
 * the n-th entry from the right; entries further left may be forged by the client.
 * Without a proxy (0, the default) a client can forge the header, and the per-email
 * limits still hold.
 */
export function ipFromHeaders(h: Headers): string {
  const hops = Math.max(1, Number(process.env.TRUSTED_PROXIES ?? 0));
  const forwarded = (h.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded[Math.max(0, forwarded.length - hops)] ?? "unknown";
}

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
