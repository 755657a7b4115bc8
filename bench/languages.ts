// Issue 11: pages in another language are served like their English pages. /de/hubs, /el/events
// and a German hub page next to their English pages and a static file, by the same server in
// the same run (autocannon, 10 connections; targets take turns over several rounds).
//
//   npm run build && npm start                      # prints DATABASE_URL for the embedded database
//   DATABASE_URL=… npm run bench:seed -- --count 5000 && DATABASE_URL=… npm run bench:seed-events -- --count 500
//   npx tsx bench/languages.ts [--url http://localhost:3000] [--seconds 5] [--rounds 3] [--static /bench-static.txt]
//
// Prints each page's requests per second as a share of the static file's, and each translated
// page's share beside its English page's. Asserts nothing.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { BROWSER_ACCEPT_ENCODING } from "./lib/load";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.BENCH_URL ?? "http://localhost:3000" },
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    static: { type: "string", default: "/bench-static.txt" },
  },
});
const base = values.url.replace(/\/$/, "");
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const connections = Number(values.connections);

const hit = (path: string, duration: number) =>
  autocannon({ url: base + path, connections, duration, headers: { "accept-encoding": BROWSER_ACCEPT_ENCODING } });

async function someHubSlug(): Promise<string> {
  const slug = /href="\/hubs\/([a-z0-9-]+)"/.exec(await (await fetch(`${base}/hubs`)).text())?.[1];
  if (!slug) throw new Error(`No hub is listed at ${base}/hubs: seed some hubs first.`);
  return slug;
}

type Target = { name: string; path: string; english?: string };

async function main() {
  const slug = await someHubSlug();
  const targets: Target[] = [
    { name: "static file", path: values.static },
    { name: "directory", path: "/hubs" },
    { name: "directory, German", path: "/de/hubs", english: "/hubs" },
    { name: "events", path: "/events" },
    { name: "events, Greek", path: "/el/events", english: "/events" },
    { name: "hub page", path: `/hubs/${slug}` },
    { name: "hub page, German", path: `/de/hubs/${slug}`, english: `/hubs/${slug}` },
  ];
  for (const t of targets) {
    const response = await fetch(base + t.path);
    if (!response.ok) throw new Error(`${t.path} answered ${response.status}`);
    await hit(t.path, 2); // warm-up: compiled routes, pools, caches
  }
  const totals = targets.map(() => 0);
  for (let round = 1; round <= rounds; round++) {
    for (const [i, t] of targets.entries()) totals[i]! += (await hit(t.path, seconds)).requests.total;
    console.log(`  round ${round} of ${rounds} done`);
  }
  const rps = totals.map((n) => n / (rounds * seconds));
  const byPath = new Map(targets.map((t, i) => [t.path, rps[i]!]));
  console.log(`\nautocannon, ${connections} connections, ${rounds} rounds of ${seconds} s\n`);
  console.log(`${"target".padEnd(20)} ${"path".padEnd(44)} ${"req/s".padStart(7)} ${"vs static".padStart(10)} ${"vs English".padStart(11)}`);
  for (const [i, t] of targets.entries()) {
    const english = t.english ? (rps[i]! / byPath.get(t.english)!).toFixed(2) : "";
    console.log(`${t.name.padEnd(20)} ${t.path.padEnd(44)} ${rps[i]!.toFixed(0).padStart(7)} ${(rps[i]! / rps[0]!).toFixed(2).padStart(10)} ${english.padStart(11)}`);
  }
  console.log("\nTarget (issue 11): each translated page at the same share of the static file as its English page (vs English ≈ 1).");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
