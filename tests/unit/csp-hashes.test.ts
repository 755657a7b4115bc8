// The public pages' policy names the hashes of their inline scripts instead of allowing every
// inline script. Checked on the hashing and on a real HTTP server that sends pages the ways Next
// does: in one piece with an ETag, streamed, HEAD and 304.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import compression from "compression";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashInlineScripts, inlineScriptHashes, withScriptHashes } from "@/lib/http/csp-hashes";
import { contentSecurityPolicy } from "@/proxy";

// sha256("alert(1)"), as CSP Level 2's own example gives it.
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const A_NEWLINE_B = "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='";
const scriptSrc = (policy: string | null | undefined) => /script-src [^;]*/.exec(policy ?? "")?.[0];

describe("the hashes of a page's inline scripts", () => {
  it("hashes each inline script's text once, as the browser parses it", () => {
    const html = `<html><head><script src="/_next/static/a.js" async=""></script><script>alert(1)</script></head>
      <body><script type="application/ld+json">{"@type":"Place"}</script><script id="x">a\r\nb</script><SCRIPT>alert(1)</SCRIPT ></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([ALERT, A_NEWLINE_B]);
  });

  it("replace 'unsafe-inline' in script-src only, and leave a nonce policy alone", () => {
    const policy = contentSecurityPolicy(null, false);
    const hashed = withScriptHashes(policy, [ALERT]);
    expect(scriptSrc(hashed)).toBe(`script-src 'self' ${ALERT}`);
    expect(hashed).toContain("style-src 'self' 'unsafe-inline'");
    expect(withScriptHashes(policy, [])).toContain("script-src 'self';");
    const nonce = contentSecurityPolicy("abc", false);
    expect(withScriptHashes(nonce, [ALERT])).toBe(nonce);
  });
});

// Like Next: the middleware's policy is set first; a cached page is sent with res.end(payload)
// after an ETag check, a dynamic one streamed after flushHeaders().
const PAGE = "<!DOCTYPE html><html><body><p>Hubs</p><script>alert(1)</script></body></html>";
const ETAG = '"page-v1"';
function nextLike(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url!, "http://x");
  res.setHeader("content-security-policy", url.pathname === "/account" ? contentSecurityPolicy("abc", false) : contentSecurityPolicy(null, false));
  if (url.pathname === "/streamed") {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.flushHeaders();
    res.write("<!DOCTYPE html><html><body><p>Hubs matching</p>");
    setTimeout(() => {
      res.write("<script>a\nb</script>");
      res.end("</body></html>");
    }, 20);
    return;
  }
  if (url.pathname === "/style.css") {
    res.setHeader("content-type", "text/css");
    res.end("p{}");
    return;
  }
  res.setHeader("etag", ETAG);
  if (req.headers["if-none-match"] === ETAG) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("content-length", Buffer.byteLength(PAGE));
  if (req.method === "HEAD") res.end(null);
  else res.end(PAGE);
}

describe("the production server's policy on public pages", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const compress = compression({ threshold: 0 }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
    server = createServer((req, res) =>
      compress(req, res, () => {
        hashInlineScripts(req, res);
        nextLike(req, res);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("names the hashes of a cached page's inline scripts, compressed or not, and sends the page unchanged", async () => {
    for (const encoding of ["br", "gzip", "identity"]) {
      const response = await fetch(`${base}/hubs`, { headers: { "accept-encoding": encoding } });
      expect(scriptSrc(response.headers.get("content-security-policy"))).toBe(`script-src 'self' ${ALERT}`);
      expect(await response.text()).toBe(PAGE);
    }
  });

  it("names the hashes of a streamed page's scripts", async () => {
    const response = await fetch(`${base}/streamed`);
    expect(scriptSrc(response.headers.get("content-security-policy"))).toBe(`script-src 'self' ${A_NEWLINE_B}`);
    expect(await response.text()).toContain("<script>a\nb</script></body></html>");
  });

  it("gives a HEAD the hashes of the page with its ETag, and a 304 the same or no policy", async () => {
    const head = await fetch(`${base}/hubs`, { method: "HEAD" });
    expect(scriptSrc(head.headers.get("content-security-policy"))).toBe(`script-src 'self' ${ALERT}`);
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(PAGE)));
    const notModified = await fetch(`${base}/hubs`, { headers: { "if-none-match": ETAG } });
    expect(notModified.status).toBe(304);
    expect(scriptSrc(notModified.headers.get("content-security-policy"))).toBe(`script-src 'self' ${ALERT}`);
  });

  it("leaves pages with a nonce and responses other than pages as they were", async () => {
    const account = await fetch(`${base}/account`);
    expect(scriptSrc(account.headers.get("content-security-policy"))).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    const css = await fetch(`${base}/style.css`);
    expect(scriptSrc(css.headers.get("content-security-policy"))).toBe("script-src 'self' 'unsafe-inline'");
    expect(await css.text()).toBe("p{}");
  });
});
