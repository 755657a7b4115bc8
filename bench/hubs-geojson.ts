// The map data (GET /api/hubs/geojson): its size, and its throughput next to a static file.
// Issue 3's targets: 5,000 hubs in at most 100 KB gzipped; at least half the static file's
// requests per second (autocannon, 10 connections). The load asks as Chromium does, so it is
// served the brotli body; "--encoding gzip" asks for gzip instead.
//
//   npm run build && npm start           # prints DATABASE_URL for the embedded database
//   DATABASE_URL=… npm run bench:seed -- --count 5000
//   npm run bench:hubs-geojson [-- --url http://localhost:3000] [--seconds 5]
//
// With DATABASE_URL (the site's database), it first measures the first request after a change
// (issue 10: no request waits for the slowest compression): it touches a published hub, then
// asks for the map data and, 20 ms later, for the static file, which shows whether the
// server stalled meanwhile. Then the second request, once the background work is done.
import { get } from "node:http";
import pg from "pg";
import { baseUrlFromArgs, BROWSER_ACCEPT_ENCODING, runLoad } from "./lib/load";

const baseUrl = baseUrlFromArgs();
const secondsArg = process.argv.indexOf("--seconds");
const seconds = secondsArg >= 0 ? Number(process.argv[secondsArg + 1]) : undefined;
const encodingArg = process.argv.indexOf("--encoding");
const acceptEncoding = encodingArg >= 0 ? process.argv[encodingArg + 1]! : BROWSER_ACCEPT_ENCODING;
const PATH = "/api/hubs/geojson";

/** The body as sent (not decoded) and the response's headers. */
function fetchRaw(path: string, headers: Record<string, string>): Promise<{ status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    get(new URL(path, baseUrl), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
      res.on("error", reject);
    }).on("error", reject);
  });
}

const timed = async (path: string, headers: Record<string, string>) => {
  const start = performance.now();
  const r = await fetchRaw(path, headers);
  return { ms: performance.now() - start, bytes: r.body.length, status: r.status };
};

async function firstRequestAfterChange(databaseUrl: string, rounds = 3) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const headers = { "accept-encoding": acceptEncoding };
  console.log("First request after a change (a published hub touched), then the static file asked 20 ms into it:");
  try {
    for (let round = 1; round <= rounds; round++) {
      await client.query(`UPDATE "Hub" SET "updatedAt" = now() WHERE id = (SELECT id FROM "Hub" WHERE status = 'published' ORDER BY id LIMIT 1)`);
      const first = timed(PATH, headers);
      await new Promise((r) => setTimeout(r, 20));
      const other = await timed("/bench-static.txt", headers);
      const done = await first;
      await new Promise((r) => setTimeout(r, 3000));
      const later = await timed(PATH, headers);
      console.log(
        `  round ${round}: first ${done.ms.toFixed(0)} ms (${(done.bytes / 1024).toFixed(1)} KB); static file meanwhile ${other.ms.toFixed(0)} ms; 3 s later ${later.ms.toFixed(0)} ms (${(later.bytes / 1024).toFixed(1)} KB)`,
      );
    }
  } finally {
    await client.end();
  }
}

async function main() {
  if (process.env.DATABASE_URL) await firstRequestAfterChange(process.env.DATABASE_URL);
  const gzipped = await fetchRaw(PATH, { "accept-encoding": "gzip" });
  const brotli = await fetchRaw(PATH, { "accept-encoding": BROWSER_ACCEPT_ENCODING });
  const plain = await fetchRaw(PATH, {});
  if (gzipped.status !== 200 || brotli.status !== 200 || plain.status !== 200) throw new Error(`${PATH} answered ${gzipped.status}/${plain.status}: is the site up at ${baseUrl}?`);
  const hubs = (JSON.parse(plain.body.toString("utf8")) as { features: unknown[] }).features.length;
  const etag = String(gzipped.headers.etag);
  const revalidated = await fetchRaw(PATH, { "accept-encoding": "gzip", "if-none-match": etag });

  console.log(`Map data at ${baseUrl}${PATH}`);
  console.log(`  hubs:            ${hubs.toLocaleString("en-GB")}`);
  console.log(`  body, gzipped:   ${(gzipped.body.length / 1024).toFixed(1)} KB (${gzipped.body.length.toLocaleString("en-GB")} bytes, Content-Encoding: ${gzipped.headers["content-encoding"] ?? "none"})`);
  console.log(`  body, browsers:  ${(brotli.body.length / 1024).toFixed(1)} KB (${brotli.body.length.toLocaleString("en-GB")} bytes, Content-Encoding: ${brotli.headers["content-encoding"] ?? "none"})`);
  console.log(`  body, plain:     ${(plain.body.length / 1024).toFixed(1)} KB`);
  console.log(`  per hub:         ${(gzipped.body.length / Math.max(1, hubs)).toFixed(1)} bytes gzipped`);
  console.log(`  ETag ${etag}; If-None-Match answered ${revalidated.status}`);

  await runLoad(
    baseUrl,
    [
      { name: "map data, all hubs", path: PATH, headers: { "accept-encoding": acceptEncoding } },
      { name: "map data, revalidated (304)", path: PATH, headers: { "accept-encoding": acceptEncoding, "if-none-match": etag } },
      { name: "map data, filtered (kind=lab)", path: `${PATH}?kind=lab`, headers: { "accept-encoding": acceptEncoding } },
    ],
    seconds ? { seconds } : {},
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
