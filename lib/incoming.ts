// What server.ts does to every request before Next sees it: facts only the socket knows, and
// the body limit for bodies that do not declare their length. No Next, no database: server.ts
// loads it before Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import { databaseUnavailable, RETRY_AFTER_SECONDS } from "./database-availability";
import { MAX_DOCUMENT_BYTES } from "./storage/limits";

/** Matches serverActions.bodySizeLimit in next.config.ts: a 5 MB hub image and the rest of its form. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

/**
 * The one route that takes larger bodies: a library resource's document, streamed with its own
 * limit of MAX_DOCUMENT_BYTES (the route refuses past it and says so on the staff page). Up to
 * twice that is let through here so the route, not this 413, answers a file just too big.
 * proxy.ts leaves the route out of its matcher: Next would buffer the body for the proxy.
 */
export const DOCUMENT_UPLOAD_PATH = /^\/api\/admin\/resources\/[^/]+\/file$/;
export const MAX_DOCUMENT_UPLOAD_BODY = 2 * MAX_DOCUMENT_BYTES;

/** The body limit for a request to `url` (its path and query). */
export const bodyLimitFor = (url: string | undefined): number => (DOCUMENT_UPLOAD_PATH.test((url ?? "").split("?")[0]!) ? MAX_DOCUMENT_UPLOAD_BODY : MAX_BODY_BYTES);

/** A request id a client or a proxy in front may send (X-Request-Id); any other is replaced by one of ours. */
export const isRequestId = (id: string): boolean => /^[A-Za-z0-9._-]{8,64}$/.test(id);

/** How many proxies in front of the app append to X-Forwarded-For (a load balancer: 1). */
export const trustedProxies = () => Math.max(0, Math.floor(Number(process.env.TRUSTED_PROXIES ?? 0)) || 0);

/** The address this server was reached on (its side of the socket), for pages only a local site shows. */
export const LOCAL_ADDRESS_HEADER = "x-local-address";

// Set by whatever stands in front of the app. With no trusted proxy there, a client sent them.
const FORWARDED_BY_PROXY = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

/**
 * Appends the socket's peer to X-Forwarded-For, as each proxy appends the address it saw, so
 * the last entry is always one this server saw itself and lib/request.ts counts trusted hops
 * from there. With no trusted proxy, the forwarding headers a client sent are dropped (Next
 * fills them in again from the request itself). Also says which address the request reached.
 */
export function stampPeer(req: IncomingMessage): void {
  req.headers[LOCAL_ADDRESS_HEADER] = req.socket.localAddress ?? "";
  const peer = req.socket.remoteAddress ?? "unknown";
  const sent = req.headers["x-forwarded-for"];
  const forwarded = Array.isArray(sent) ? sent.join(", ") : sent;
  if (trustedProxies() === 0) {
    req.headers["x-forwarded-for"] = peer;
    for (const name of FORWARDED_BY_PROXY) delete req.headers[name];
  } else {
    req.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  }
}

const refusal = (max: number) => `This request was refused: the body is larger than ${max / 1024 / 1024} MB.`;

/** How long the rest of a refused chunked body is read and thrown away before the connection is cut (its size: the limit again). */
const LINGER_MS = 5_000;

/**
 * The 413 answer, and what happens to the rest of the body. A declared length is read to its
 * end and thrown away (Node's request timeout bounds how long that takes). A chunked body is
 * refused while the client may still be sending: the answer goes out whole at once (its length
 * declared), and the connection stays open, reading and throwing away, until the body ends —
 * cutting it at once would reset the socket under data the client is still writing, and the
 * client would read "broken pipe" instead of the answer (a lingering close, as nginx does). A
 * client that goes on sending as much again as the limit, or for LINGER_MS, is cut off.
 */
function refuseOversized(req: IncomingMessage, res: ServerResponse, chunked: boolean, max: number): void {
  const REFUSAL = refusal(max);
  res.writeHead(413, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(REFUSAL), ...(chunked ? { connection: "close" } : {}) });
  if (!chunked) {
    res.end(REFUSAL);
    return;
  }
  res.write(REFUSAL);
  let thrownAway = 0;
  const close = () => {
    clearTimeout(timer);
    req.push = () => false;
    // connection: close makes Node end the socket once the answer is finished.
    if (!res.writableEnded) res.end();
  };
  const timer = setTimeout(() => {
    close();
    req.socket.destroy();
  }, LINGER_MS);
  timer.unref();
  // Nothing more reaches the request's reader (Next): it never sees a body that looks whole.
  req.push = (chunk: Buffer | string | null, encoding?: BufferEncoding) => {
    if (chunk === null) close();
    else if ((thrownAway += Buffer.byteLength(chunk, encoding)) > max) {
      close();
      req.socket.destroy();
    }
    return true;
  };
}

/**
 * Answers 413 once a body passes MAX_BODY_BYTES. A declared Content-Length is checked at once
 * (proxy.ts does too); a chunked body declares none, so its bytes are counted as they arrive
 * (Next would read the whole of it and then answer 500). Returns false when refused at once.
 */
export function limitBody(req: IncomingMessage, res: ServerResponse, max = MAX_BODY_BYTES): boolean {
  if (Number(req.headers["content-length"] ?? 0) > max) {
    refuseOversized(req, res, false, max);
    req.resume();
    return false;
  }
  if (req.headers["transfer-encoding"] === undefined) return true;
  // Counting in push(), which the HTTP parser feeds, leaves the stream untouched for Next.
  let seen = 0;
  const push = req.push.bind(req);
  req.push = (chunk: Buffer | string | null, encoding?: BufferEncoding) => {
    if (chunk !== null) {
      seen += Buffer.byteLength(chunk, encoding);
      if (seen > max) {
        if (!res.headersSent) {
          refuseOversized(req, res, true, max);
          return true; // keep the socket flowing: the rest is thrown away
        }
        req.push = () => false;
        req.socket.destroySoon();
        return false;
      }
    }
    return push(chunk, encoding);
  };
  return true;
}

/**
 * While the database is unreachable (lib/database-availability.ts), a page that needed it
 * answers 503 with Retry-After rather than 500: Next renders the error page with 500 and
 * offers no way to pick the status. Cached pages need no database and are served as usual.
 */
export function answerUnavailableWhileDatabaseIsDown(res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 500 && databaseUnavailable()) {
      status = 503;
      this.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
      this.setHeader("cache-control", "no-store");
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
}
