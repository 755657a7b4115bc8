import "server-only";
import { headers } from "next/headers";
import { isRequestId, LOCAL_ADDRESS_HEADER, trustedProxies } from "@/lib/incoming";

/** Set by proxy.ts on every request; carried into logs, audit events and error pages. */
const REQUEST_ID_HEADER = "x-request-id";

/** The request's id; checked here too, for the routes proxy.ts leaves out (a document upload), where the client's header arrives as sent. */
export async function requestId(): Promise<string | undefined> {
  const id = (await headers()).get(REQUEST_ID_HEADER);
  return id && isRequestId(id) ? id : undefined;
}

/**
 * The client's address, for per-IP rate limits. server.ts appends the socket's peer to
 * X-Forwarded-For (lib/incoming.ts), and each proxy in front appends the address it saw. So
 * with TRUSTED_PROXIES=n proxies (a load balancer: 1), the client is the (n+1)-th entry from
 * the right; entries further left were written by the client and are ignored. With no proxy
 * (0, the default) it is the socket's peer.
 */
export function ipFromHeaders(h: Headers): string {
  const forwarded = (h.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded[Math.max(0, forwarded.length - 1 - trustedProxies())] ?? "unknown";
}

/** 127.0.0.0/8 and ::1, also written as IPv4-mapped IPv6 (::ffff:127.0.0.1). */
export const isLoopback = (address: string) => /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address) || address === "::1";

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}

/**
 * Whether this request came from this machine to a site served on a loopback address (the
 * developer's own), as server.ts read both ends from the socket: the client's address too,
 * since a site reached on 127.0.0.1 may sit behind a proxy on the same host (which must then
 * be counted in TRUSTED_PROXIES, so that the client's own address is the one read). `next dev`
 * has no server.ts: there the client's address alone stands in, which Next fills from the socket.
 */
export async function servedOnLoopback(): Promise<boolean> {
  const h = await headers();
  const client = isLoopback(ipFromHeaders(h));
  return process.env.NODE_ENV === "development" ? client : client && isLoopback(h.get(LOCAL_ADDRESS_HEADER) ?? "");
}
