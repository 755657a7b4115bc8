import "server-only";
import { headers } from "next/headers";

/** Set by proxy.ts on every request; carried into logs, audit events and error pages. */
export const REQUEST_ID_HEADER = "x-request-id";

export async function requestId(): Promise<string | undefined> {
  return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
}

/**
 * The client's address. Behind a load balancer, set TRUSTED_PROXIES to the number of
 * proxies in front of the app: the address is read that many hops from the right of
 * X-Forwarded-For (the left part can be forged by the client). Next's own server appends
 * the socket address, which counts as the last hop.
 */
export function ipFromHeaders(h: Headers): string {
  const hops = Number(process.env.TRUSTED_PROXIES ?? 0);
  const forwarded = (h.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded[Math.max(0, forwarded.length - 1 - hops)] ?? "unknown";
}

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
