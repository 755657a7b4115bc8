// Throughput of the hub directory and a hub page against a static file served by the same
// server in the same run (the target: at least a third of the static throughput).
//
//   npm run build && DATABASE_URL=… AUTH_SECRET=… npx next start -p 3000   (5,000 published hubs seeded)
//   npx tsx bench/hub-pages.ts [--url http://localhost:3000] [--duration 10] [--connections 10] [--slug <hub>]
//
// Prints requests per second, latency p50/p99 and the ratio to the static file; no assertions.
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:3000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    slug: { type: "string" },
    static: { type: "string", default: "/icon.svg" },
  },
});
const base = values.url.replace(/\/$/, "");
const duration = Number(values.duration);
const connections = Number(values.connections);

type Result = { name: string; path: string; rps: number; p50: number; p99: number; failed: number };

async function load(path: string, seconds: number) {
  return autocannon({ url: base + path, connections, duration: seconds });
}

async function measure(name: string, path: string): Promise<Result> {
  await load(path, 2); // warm-up: compiled routes, the connection pool, the database's cache
  const r = await load(path, duration);
  return { name, path, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed: r.non2xx + r.errors + r.timeouts };
}

/** A hub that exists: the first one the directory lists, unless --slug names one. */
async function someHubSlug(): Promise<string> {
  if (values.slug) return values.slug;
  const html = await (await fetch(`${base}/hubs`)).text();
  const slug = /href="\/hubs\/([a-z0-9-]+)"/.exec(html)?.[1];
  if (!slug) throw new Error(`No hub is listed at ${base}/hubs: seed some hubs first.`);
  return slug;
}

async function main() {
  const total = /<h2 id="results-heading"[^>]*>([^<]+)/.exec(await (await fetch(`${base}/hubs`)).text())?.[1];
  console.log(`${base}: ${total ?? "?"} in the directory; ${connections} connections, ${duration} s per target.\n`);
  const targets: [string, string][] = [
    ["static file", values.static],
    ["/hubs", "/hubs"],
    ["/hubs?page=50", "/hubs?page=50"],
    ["hub page", `/hubs/${await someHubSlug()}`],
  ];
  const results: Result[] = [];
  for (const [name, path] of targets) results.push(await measure(name, path));
  const baseline = results[0]!.rps;
  console.log("target            req/s    p50 ms   p99 ms   vs static   failed");
  for (const r of results) {
    console.log(
      `${r.name.padEnd(16)} ${r.rps.toFixed(0).padStart(6)}   ${String(r.p50).padStart(6)}   ${String(r.p99).padStart(6)}   ${(r.rps / baseline).toFixed(2).padStart(8)}   ${r.failed}`,
    );
  }
  console.log("\nTarget from the issue: /hubs and a hub page at ≥ 0.33 of the static file's req/s.");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
