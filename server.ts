// The production server: `npm start` runs it (through scripts/run.ts), and so can a process
// manager (`npx tsx server.ts`). It is `next start` with the compression done here instead of
// by Next (next.config.ts: compress: false), as Next's docs advise for choosing how.
//
// Why: Next gzips every response at level 6. Cached pages cost little else to send, and that
// gzip was about half the work of serving one (0.8 ms for a directory page). Responses are now
// compressed with fast settings, brotli for browsers. A response that is compressed already
// (the map data, compressed once per version) is sent as it is. Public pages get the hashes of
// their inline scripts in their Content-Security-Policy (lib/http/csp-hashes.ts).
//
// It also tells Next what only the socket knows (the client's address), refuses oversized
// bodies that do not declare their length, and answers 503 rather than 500 while the database
// is unreachable (lib/incoming.ts).
//
// PORT (default 3000) and LISTEN_HOST (default: every interface) say where it listens.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { constants as zlib } from "node:zlib";
import compression from "compression";
import { hashInlineScripts } from "./lib/http/csp-hashes";
import { answerUnavailableWhileDatabaseIsDown, bodyLimitFor, limitBody, stampPeer } from "./lib/incoming";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.LISTEN_HOST || undefined;

// Brotli at quality 1 makes a directory page about as small as gzip at 6 (14.4 against 13.8 KB)
// for a seventh of the work; clients without brotli get gzip at 3.
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const compress = compression({ level: 3, brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } } }) as unknown as Middleware;

async function main() {
  // As `next start` does, and before Next and React load: they pick their production builds by it.
  Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  // No hostname for Next: it builds the address its proxy's rewrites resolve against from it, and
  // from "localhost" for the proxy's own request URL; given 127.0.0.1 (the embedded mode), the two
  // differ and every rewrite is fetched again over HTTP, through the proxy again. Where the server
  // listens is server.listen's business below.
  const app = next({ dev: false, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    stampPeer(req);
    answerUnavailableWhileDatabaseIsDown(res);
    if (!limitBody(req, res, bodyLimitFor(req.url))) return;
    compress(req, res, () => {
      hashInlineScripts(req, res);
      void handle(req, res);
    });
  });
  // Idle keep-alive connections stay open longer than a proxy in front keeps its own (60 s is
  // common): closed first by Node's default 5 s, a request sent on one as it closes is reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? "localhost"}:${port}`));
  // Stopped by a process manager or a deploy: finish the requests under way (10 s at most), take no more.
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
