// The news pages and feeds, next to a static file served by the same server in the same run.
// Issue 14's targets, with 1,000 articles seeded: /news and an article at least a third of the
// static file's requests per second (autocannon, 10 connections); the RSS feed under 50 ms per
// request at the median, one request at a time as a feed reader polls it.
//
//   npm run build && npm start                      # prints DATABASE_URL for the embedded database
//   DATABASE_URL=… npm run bench:seed-news -- --count 1000
//   npm run bench:news [-- --url http://localhost:3000]
//
// Prints the numbers; asserts nothing.
import { parseArgs } from "node:util";
import { baseUrlFromArgs, runLoad } from "./lib/load";

const { values } = parseArgs({ options: { url: { type: "string" }, seconds: { type: "string", default: "5" }, rounds: { type: "string", default: "3" }, requests: { type: "string", default: "200" } } });
const base = baseUrlFromArgs();

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Sequential full downloads of a feed: the median and the 95th percentile, in ms. */
async function feedLatency(path: string, n: number) {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(new URL(path, base), { headers: { "accept-encoding": "gzip" } });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return { ms: performance.now() - started, items: (text.match(/<item>|<entry>/g) ?? []).length, bytes: text.length };
  };
  for (let i = 0; i < 10; i++) await once();
  const times: number[] = [];
  let last = await once();
  for (let i = 0; i < n; i++) {
    last = await once();
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  return { path, items: last.items, bytes: last.bytes, p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function main() {
  const list = await (await fetch(new URL("/news", base))).text();
  const count = /<p id="results-count"[^>]*>([^<]+)/.exec(list)?.[1];
  const slug = /href="\/news\/((?!tags|rss|atom|kinds)[a-z0-9-]+)"/.exec(list)?.[1];
  if (!slug) throw new Error(`No article is listed at ${base}/news: seed some first (npm run bench:seed-news).`);
  console.log(`${base}: ${count ?? "?"}`);
  const results = await runLoad(
    base,
    [
      { name: "news, page 1", path: "/news" },
      { name: "news, page 20", path: "/news?page=20" },
      { name: "an article", path: `/news/${slug}` },
      { name: "news, filtered", path: "/news?kind=story&language=de" },
    ],
    { seconds: Number(values.seconds), rounds: Number(values.rounds) },
  );
  const staticRps = results[0]!.rps;
  console.log("\nRatio to the static file (target ≥ 0.33 for the cached pages; the filtered list renders per request):");
  for (const r of results.slice(1)) console.log(`  ${r.name.padEnd(18)} ${(r.rps / staticRps).toFixed(2)}`);

  const n = Number(values.requests);
  console.log(`\nFeeds, ${n} sequential requests each (target: the RSS feed under 50 ms at the median):`);
  for (const path of ["/news/rss.xml", "/news/atom.xml", "/news/tags/forum/rss.xml"]) {
    const r = await feedLatency(path, n);
    console.log(`  ${r.path.padEnd(28)} ${String(r.items).padStart(3)} items ${r.bytes.toLocaleString("en-GB").padStart(9)} bytes  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
