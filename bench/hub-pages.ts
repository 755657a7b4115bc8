// Throughput of the hub directory and a hub page next to a static file served by the same
// server in the same run. Issue 3's target: /hubs (24 per page) and a hub page at least a
// third of the static file's requests per second (autocannon, 10 connections). The home page
// /about and /map are measured too (issue 10: pages that do not depend on the visitor are cached).
//
//   npm run build && npm start                      # prints DATABASE_URL for the embedded database
//   DATABASE_URL=… npm run bench:seed -- --count 5000
//   npx tsx bench/hub-pages.ts [--url http://localhost:3000] [--seconds 5] [--rounds 3] [--static /icon.svg] [--slug <hub>]
//
// The targets take turns over several rounds, so that a machine whose load changes weighs on
// every target alike. Prints the numbers; asserts nothing.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { BROWSER_ACCEPT_ENCODING } from "./lib/load";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.BENCH_URL ?? "http://localhost:3000" },
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    static: { type: "string", default: "/icon.svg" },
    slug: { type: "string" },
  },
});
const base = values.url.replace(/\/$/, "");
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const connections = Number(values.connections);

type Target = { name: string; path: string };

const hit = (path: string, duration: number) =>
  autocannon({ url: base + path, connections, duration, headers: { "accept-encoding": BROWSER_ACCEPT_ENCODING } });

/** A hub that exists: the first one the directory lists, unless --slug names one. */
async function someHubSlug(): Promise<string> {
  if (values.slug) return values.slug;
  const slug = /href="\/hubs\/([a-z0-9-]+)"/.exec(await (await fetch(`${base}/hubs`)).text())?.[1];
  if (!slug) throw new Error(`No hub is listed at ${base}/hubs: seed some hubs first.`);
  return slug;
}

async function main() {
  const heading = /<h2 id="results-heading"[^>]*>([^<]+)/.exec(await (await fetch(`${base}/hubs`)).text())?.[1];
  console.log(`${base}: ${heading ?? "?"} in the directory (stale ones left out).`);
  const targets: Target[] = [
    { name: "static file", path: values.static },
    { name: "about page", path: "/about" },
    { name: "home page", path: "/" },
    { name: "map page", path: "/map" },
    { name: "directory, page 1", path: "/hubs" },
    { name: "directory, page 50", path: "/hubs?page=50" },
    { name: "hub page", path: `/hubs/${await someHubSlug()}` },
  ];
  for (const t of targets) await hit(t.path, 2); // warm-up: compiled routes, pools, caches
  const runs = targets.map(() => [] as autocannon.Result[]);
  for (let round = 1; round <= rounds; round++) {
    for (const [i, t] of targets.entries()) runs[i]!.push(await hit(t.path, seconds));
    console.log(`  round ${round} of ${rounds} done`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rows = targets.map((t, i) => {
    const rs = runs[i]!;
    return {
      ...t,
      rps: rs.reduce((n, r) => n + r.requests.total, 0) / (rounds * seconds),
      p50: median(rs.map((r) => r.latency.p50)),
      p99: median(rs.map((r) => r.latency.p99)),
      failed: rs.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0),
    };
  });
  const [staticRps, pageRps] = [rows[0]!.rps, rows[1]!.rps];
  console.log(`\nautocannon, ${connections} connections, ${rounds} rounds of ${seconds} s\n`);
  console.log(`${"target".padEnd(24)} ${"path".padEnd(36)} ${"req/s".padStart(7)} ${"vs static".padStart(10)} ${"vs /about".padStart(10)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} failed`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(24)} ${r.path.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} ${(r.rps / staticRps).toFixed(2).padStart(10)} ${(r.rps / pageRps).toFixed(2).padStart(10)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${r.failed}`,
    );
  }
  console.log("\nTarget (issue 3): the directory and a hub page at ≥ 0.33 of the static file's req/s.");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
