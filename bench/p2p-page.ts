// Issue 12: /p2p is cached, at least a third of a static file's throughput from the same
// server in the same run (autocannon, 10 connections; the targets take turns over several rounds).
//
//   npm run build && npm start                      # the embedded database has the demo round and its hosts
//   npx tsx bench/p2p-page.ts [--url http://localhost:3000] [--seconds 5] [--rounds 3] [--static /bench-static.txt]
//
// Prints each page's requests per second and its share of the static file's. Exits non-zero
// when /p2p is below the target.
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
const TARGET = 1 / 3;

const hit = (path: string, duration: number) =>
  autocannon({ url: base + path, connections, duration, headers: { "accept-encoding": BROWSER_ACCEPT_ENCODING } });

async function main() {
  const targets = [
    { name: "static file", path: values.static },
    { name: "P2P", path: "/p2p" },
    { name: "P2P, Portuguese", path: "/pt/p2p" },
  ];
  for (const t of targets) {
    const response = await fetch(base + t.path);
    if (!response.ok) throw new Error(`${t.path} answered ${response.status}`);
    await hit(t.path, 2); // warm-up
  }
  const totals = targets.map(() => 0);
  for (let round = 1; round <= rounds; round++) {
    for (const [i, t] of targets.entries()) totals[i]! += (await hit(t.path, seconds)).requests.total;
    console.log(`  round ${round} of ${rounds} done`);
  }
  const rps = totals.map((n) => n / (rounds * seconds));
  console.log(`\nautocannon, ${connections} connections, ${rounds} rounds of ${seconds} s\n`);
  console.log(`${"target".padEnd(18)} ${"path".padEnd(22)} ${"req/s".padStart(7)} ${"vs static".padStart(10)}`);
  for (const [i, t] of targets.entries()) console.log(`${t.name.padEnd(18)} ${t.path.padEnd(22)} ${rps[i]!.toFixed(0).padStart(7)} ${(rps[i]! / rps[0]!).toFixed(2).padStart(10)}`);
  const worst = Math.min(...rps.slice(1)) / rps[0]!;
  console.log(`\nTarget (issue 12): /p2p at ≥ ${TARGET.toFixed(2)} of the static file: ${worst >= TARGET ? "met" : "NOT met"} (${worst.toFixed(2)}).`);
  if (worst < TARGET) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
