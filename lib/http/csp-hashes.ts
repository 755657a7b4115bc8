// Public pages are cached and served alike to every visitor, so their Content-Security-Policy
// cannot carry a per-response nonce (proxy.ts gives them `script-src 'self' 'unsafe-inline'`).
// Their inline scripts (Next's bootstrap data, React's streaming helpers) are known once the
// page is rendered, though: the production server (server.ts) reads each such HTML page before
// sending it and replaces 'unsafe-inline' with the sha256 of exactly those scripts.
//
// A cached page is sent by Next in one piece with an ETag, and its hashes are kept per ETag: the
// page costs a look-up, not a scan. A page rendered per request (a filtered /hubs) is streamed
// by Next; it is collected here and sent once complete. A HEAD or 304 has no body to read: it
// gets the hashes kept for its ETag, else a HEAD gets no inline script at all and a 304 no
// policy (a browser keeps the one it stored with the page).
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

const CSP = "content-security-policy";
const UNSAFE_INLINE = /(script-src [^;]*?) 'unsafe-inline'/;
// An inline script is raw text up to the first `</script`. `src` ones are files ('self'); JSON
// data blocks (JSON-LD) never run.
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi;
const NOT_RUN = /\bsrc\s*=|\btype\s*=\s*["']?application\/(ld\+)?json/i;

/** 'sha256-…' of each distinct inline script of `html`, in order of appearance (CSP Level 2 §4.2.5). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (NOT_RUN.test(attributes!)) continue;
    // The browser hashes the text as parsed: HTML turns CR LF and lone CR into LF.
    const text = body!.replace(/\r\n?/g, "\n");
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** `policy` with its script-src's 'unsafe-inline' replaced by `hashes`; other policies unchanged. */
export const withScriptHashes = (policy: string, hashes: readonly string[]): string => policy.replace(UNSAFE_INLINE, (_, before: string) => [before, ...hashes].join(" "));

// Kept per page version (ETag and the policy it replaces) so that a cached page is not scanned again.
const KEPT = 500;
const kept = new Map<string, string>();
function keep(key: string, policy: string) {
  kept.set(key, policy);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
}
function lookUp(key: string): string | undefined {
  const policy = kept.get(key);
  if (policy !== undefined) {
    kept.delete(key);
    kept.set(key, policy);
  }
  return policy;
}

/** The policy for a complete response with `body` (empty for HEAD and 304). */
function policyFor(policy: string, etag: string | undefined, body: string | Buffer, status: number): string | null {
  const key = etag ? `${etag} ${policy}` : null;
  const known = key ? lookUp(key) : undefined;
  if (known !== undefined) return known;
  if (body.length === 0) return status === 304 ? null : withScriptHashes(policy, []);
  const hashed = withScriptHashes(policy, inlineScriptHashes(typeof body === "string" ? body : body.toString("utf8")));
  if (key) keep(key, hashed);
  return hashed;
}

// Next answers a 304 before it sets the Content-Type.
const appliesTo = (res: ServerResponse): boolean =>
  (res.statusCode === 304 || /^text\/html\b/i.test(String(res.getHeader("content-type") ?? ""))) && UNSAFE_INLINE.test(String(res.getHeader(CSP) ?? ""));

type Callback = (error?: Error | null) => void;

/**
 * Makes `res` send the HTML pages whose policy allows 'unsafe-inline' scripts with the hashes
 * of their inline scripts instead. Call before handing `res` to Next (after `compression`, so
 * that it compresses what is sent here). Other responses pass through untouched.
 */
export function hashInlineScripts(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  // Kept as Next gives them: a cached page is one string, which a known ETag never decodes or copies.
  const chunks: (string | Buffer)[] = [];
  let head: unknown[] | null = null;
  let buffering: boolean | null = null;
  // Decided on Next's first call to send, when it has set the headers.
  const decide = () => {
    buffering ??= appliesTo(res);
    if (!buffering) Object.assign(res, original);
    return buffering;
  };
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === null || chunk === undefined || typeof chunk === "function") return;
    if (typeof chunk === "string") chunks.push(typeof encoding === "string" && encoding !== "utf8" ? Buffer.from(chunk, encoding as BufferEncoding) : chunk);
    else {
      const bytes = chunk as Uint8Array;
      chunks.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }
  };

  res.writeHead = function (...args: unknown[]) {
    if (!decide()) return (original.writeHead as (...a: unknown[]) => ServerResponse).apply(res, args);
    head = args;
    return res;
  } as typeof res.writeHead;
  res.flushHeaders = function () {
    if (decide()) return;
    original.flushHeaders.call(res);
  };
  res.write = function (chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (!decide()) return (original.write as (...a: unknown[]) => boolean).call(res, chunk, encoding, callback);
    collect(chunk, encoding);
    const done = [encoding, callback].find((a) => typeof a === "function") as Callback | undefined;
    if (done) process.nextTick(done);
    return true;
  } as typeof res.write;
  res.end = function (chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (!decide()) return (original.end as (...a: unknown[]) => ServerResponse).call(res, chunk, encoding, callback);
    collect(chunk, encoding);
    Object.assign(res, original);
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c)));
    const etag = res.getHeader("etag");
    const policy = policyFor(String(res.getHeader(CSP)), typeof etag === "string" ? etag : undefined, body, res.statusCode);
    if (policy === null) res.removeHeader(CSP);
    else res.setHeader(CSP, policy);
    if (head) (original.writeHead as (...a: unknown[]) => ServerResponse).apply(res, head);
    const done = [chunk, encoding, callback].find((a) => typeof a === "function") as Callback | undefined;
    return body.length ? res.end(body, done) : res.end(done);
  } as typeof res.end;
}
