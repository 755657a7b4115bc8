import "server-only";
import { headers } from "next/headers";
import { LOCAL_ADDRESS_HEADER, trustedProxies } from "@/lib/incoming";

/** Set by proxy.ts on every request; carried into logs, audit events and error pages. */
export const REQUEST_ID_HEADER = "x-request-id";

export async function requestId(): Promise<string | undefined> {
  return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
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
 * Whether this request reached the site on a loopback address (a site on the developer's own
 * machine), as server.ts read it from the socket. `next dev` has no server.ts: there the
 * client's address stands in, which Next fills from the socket.
 */
export async function servedOnLoopback(): Promise<boolean> {
  const h = await headers();
  const address = process.env.NODE_ENV === "development" ? ipFromHeaders(h) : h.get(LOCAL_ADDRESS_HEADER);
  return address !== null && isLoopback(address);
}
