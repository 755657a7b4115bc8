import "server-only";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { webAddress } from "@/lib/net/web-address";

// Fetches an address the site was given by people (a resource's link, later others) without
// letting that address reach anything but the public internet: no loopback, no private
// network, no cloud metadata service. The host name is resolved here, every address it
// resolves to is checked, and the connection goes to a checked address (the socket's own
// lookup answers with it), so a DNS answer that changes between check and connect
// (DNS rebinding) cannot slip through. Each redirect is checked the same way.

/** What went wrong, as a code (staff pages word it: components/admin/tools/link-problems.ts). */
export const FETCH_PROBLEMS = [
  "bad_url", "blocked_port", "private_address", "unresolvable", "connection_failed", "tls_error", "timeout", "too_many_redirects", "http_error",
] as const;
export type FetchProblem = (typeof FETCH_PROBLEMS)[number];

export type PublicFetchResult =
  | { ok: true; status: number; finalUrl: string; redirects: number; contentType: string | null; body: Buffer; truncated: boolean }
  | { ok: false; problem: FetchProblem; status?: number; finalUrl: string; redirects: number };

export type PublicFetchOptions = {
  /** For the whole fetch, redirects included. */
  timeoutMs?: number;
  /** The most of a GET body read; the connection is closed past it. */
  maxBytes?: number;
  maxRedirects?: number;
  /** "HEAD" (the default) asks HEAD first and GET where HEAD is refused; "GET" reads the body. */
  method?: "HEAD" | "GET";
  /**
   * Lets code (tests) reach an address that is not public, such as a local test server.
   * Only code can pass it: nothing in a URL or in stored data can.
   */
  allowAddress?: (ip: string) => boolean;
  /** Resolves a host name to its addresses (default: the system resolver, /etc/hosts included). */
  resolve?: (hostname: string) => Promise<string[]>;
};

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 64 * 1024, maxRedirects: 5 };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = "Mozilla/5.0 (compatible; ECHN-link-checker/1.0)";

// Ports a browser refuses to fetch from (the Fetch Standard's "bad port" list): a link on one
// of them opens nowhere for a visitor, and an HTTP request to, say, an SMTP server is abuse.
// https://fetch.spec.whatwg.org/#port-blocking
const BAD_PORTS = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113,
  115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563,
  587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669,
  6679, 6697, 10080,
]);

// IANA's global unicast space; the rest of IPv6 (IPv4-compatible ::/96 among it) is reserved.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR("2000::/3");

/**
 * Whether an address is on the public internet: ipaddr.js's "unicast" (not loopback, private,
 * link-local, CGNAT, multicast, broadcast, reserved, documentation, IPv4-mapped, NAT64, 6to4,
 * Teredo…) and, for IPv6, inside 2000::/3.
 */
export function isPublicAddress(ip: string): boolean {
  // Node's own test of what it will connect to, not ipaddr.js's wider one (which reads "127.1").
  if (!isIP(ip)) return false;
  const address = ipaddr.parse(ip);
  if (address.range() !== "unicast") return false;
  return address.kind() === "ipv4" || address.match(GLOBAL_UNICAST_V6);
}

class FetchRefusal extends Error {
  constructor(readonly problem: FetchProblem) {
    super(problem);
  }
}

const systemResolve = async (hostname: string) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** The URL, if it may be fetched at all: http(s), no user name or password, no blocked port. */
function parseTarget(raw: string | URL, base?: URL): URL {
  const url = webAddress(raw, base);
  if (!url) throw new FetchRefusal("bad_url");
  if (url.port && BAD_PORTS.has(Number(url.port))) throw new FetchRefusal("blocked_port");
  return url;
}

/** The addresses to connect to, every one of them checked; refuses the host if any is not allowed. */
async function checkedAddresses(url: URL, options: PublicFetchOptions, signal: AbortSignal): Promise<string[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await untilAborted((options.resolve ?? systemResolve)(host), signal);
    } catch (error) {
      if (signal.aborted) throw new FetchRefusal("timeout");
      if (error instanceof FetchRefusal) throw error;
      throw new FetchRefusal("unresolvable");
    }
  }
  if (addresses.length === 0) throw new FetchRefusal("unresolvable");
  // One address that is not public refuses the host: a name that also points inside is not a public name.
  if (!addresses.every((ip) => isPublicAddress(ip) || options.allowAddress?.(ip) === true)) throw new FetchRefusal("private_address");
  return addresses;
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new FetchRefusal("timeout"));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** The socket's lookup: answers with the checked addresses only, never asking DNS again. */
function pinnedLookup(addresses: string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIP(address) }));
  const [first] = entries;
  return (_hostname, options, callback) => {
    if (options.all) callback(null, entries);
    else if (first) callback(null, first.address, first.family);
  };
}

type Answer = { status: number; location: string | null; contentType: string | null; body: Buffer; truncated: boolean };

const tlsProblem = (code: unknown) => typeof code === "string" && /CERT|SSL|TLS|SIGNATURE/.test(code);

/** One request; reads at most `maxBytes` of a GET body that will be returned, none of any other. */
function ask(url: URL, method: "HEAD" | "GET", addresses: string[], maxBytes: number, signal: AbortSignal): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(url, {
      method,
      // A fresh socket each time: a pooled one could belong to an address checked for another host.
      agent: false,
      lookup: pinnedLookup(addresses),
      signal,
      headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,*/*;q=0.8", "accept-encoding": "identity" },
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (signal.aborted) reject(new FetchRefusal("timeout"));
      else reject(new FetchRefusal(tlsProblem(error.code) ? "tls_error" : "connection_failed"));
    });
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      const answer = { status, location: response.headers.location ?? null, contentType: response.headers["content-type"] ?? null };
      if (method === "HEAD" || status >= 300 || maxBytes === 0) {
        request.destroy();
        return resolve({ ...answer, body: Buffer.alloc(0), truncated: false });
      }
      const chunks: Buffer[] = [];
      let read = 0;
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        read += chunk.length;
        if (read >= maxBytes) {
          request.destroy();
          resolve({ ...answer, body: Buffer.concat(chunks).subarray(0, maxBytes), truncated: read > maxBytes || !response.complete });
        }
      });
      response.on("end", () => resolve({ ...answer, body: Buffer.concat(chunks), truncated: false }));
      // Closed before its end (the time ran out mid-body, the server hung up): a no-op once resolved.
      response.on("close", () => reject(new FetchRefusal(signal.aborted ? "timeout" : "connection_failed")));
      response.on("error", () => reject(new FetchRefusal(signal.aborted ? "timeout" : "connection_failed")));
    });
    request.end();
  });
}

/**
 * Fetches a public http(s) address, following at most `maxRedirects` redirects, each checked as
 * the first. Never throws for what the address does: every outcome is a result with a code.
 */
export async function fetchPublicUrl(input: string, options: PublicFetchOptions = {}): Promise<PublicFetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? DEFAULTS.maxRedirects;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = input;
  let redirects = 0;
  try {
    let url = parseTarget(input);
    for (;;) {
      current = url.href;
      const addresses = await checkedAddresses(url, options, signal);
      let answer = await ask(url, options.method ?? "HEAD", addresses, maxBytes, signal);
      // Servers that do not serve HEAD say so with 405 or 501, and as often with 403, 404 or 500: ask again with GET.
      if (answer.status >= 400 && options.method !== "GET") answer = await ask(url, "GET", addresses, maxBytes, signal);
      if (REDIRECTS.has(answer.status) && answer.location !== null) {
        if (redirects === maxRedirects) return { ok: false, problem: "too_many_redirects", status: answer.status, finalUrl: current, redirects };
        redirects++;
        current = URL.parse(answer.location, url)?.href ?? answer.location;
        url = parseTarget(current);
        continue;
      }
      if (answer.status >= 400) return { ok: false, problem: "http_error", status: answer.status, finalUrl: current, redirects };
      return { ok: true, status: answer.status, finalUrl: current, redirects, contentType: answer.contentType, body: answer.body, truncated: answer.truncated };
    }
  } catch (error) {
    if (error instanceof FetchRefusal) return { ok: false, problem: error.problem, finalUrl: current, redirects };
    return { ok: false, problem: signal.aborted ? "timeout" : "connection_failed", finalUrl: current, redirects };
  }
}
