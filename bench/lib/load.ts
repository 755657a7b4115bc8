// Load for the benchmarks: autocannon against a list of paths, each run next to a static file
// served by the same server in the same run (public/bench-static.txt), and a table of the
// results. Every request sends the Accept-Encoding header Chromium sends (brotli, gzip…), so
// that the server compresses as it would for a visitor. The targets take turns
// over several rounds, so that a machine whose load changes (other work on it) weighs on
// every target alike.
//
//   import { runLoad } from "./lib/load";
//   await runLoad("http://localhost:3000", [{ name: "hub directory", path: "/hubs" }]);
import autocannon from "autocannon";

type LoadTarget = { name: string; path: string; headers?: Record<string, string> };
type LoadResult = LoadTarget & { rps: number; p50: number; p99: number; bytes: number; failed: number };
type LoadOptions = { connections?: number; seconds?: number; rounds?: number; warmupSeconds?: number };

/** What Chromium sends: the server picks brotli where it compresses. */
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

const STATIC_BASELINE: LoadTarget = { name: "static file (baseline)", path: "/bench-static.txt" };

function once(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: seconds, headers: { "accept-encoding": BROWSER_ACCEPT_ENCODING, ...headers } });
}

/** The base URL from --url, else BENCH_URL, else the local `npm start`. */
export function baseUrlFromArgs(argv = process.argv): string {
  const i = argv.indexOf("--url");
  return (i >= 0 ? argv[i + 1] : undefined) ?? process.env.BENCH_URL ?? "http://localhost:3000";
}

/** Answers of 400 and up (a 304 to a revalidation is a success). */
const refused = (r: autocannon.Result) =>
  Object.entries(r.statusCodeStats ?? {}).reduce((n, [code, stat]) => (Number(code) >= 400 ? n + (stat.count ?? 0) : n), 0);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Runs the static baseline and each target, `rounds` times in turn (after a warm-up), and prints one table. */
export async function runLoad(baseUrl: string, targets: LoadTarget[], opts: LoadOptions = {}): Promise<LoadResult[]> {
  const { connections = 10, seconds = 5, rounds = 3, warmupSeconds = 2 } = opts;
  const all = [STATIC_BASELINE, ...targets];
  const url = (t: LoadTarget) => new URL(t.path, baseUrl).toString();
  // Warm the server: compiled routes, connection pools, caches.
  for (const t of all) if (warmupSeconds > 0) await once(url(t), t.headers ?? {}, connections, warmupSeconds);
  const runs = all.map(() => [] as autocannon.Result[]);
  for (let round = 1; round <= rounds; round++) {
    for (const [i, t] of all.entries()) runs[i]!.push(await once(url(t), t.headers ?? {}, connections, seconds));
    process.stdout.write(`  round ${round} of ${rounds} done\n`);
  }
  const results = all.map((t, i) => {
    const rs = runs[i]!;
    const requests = rs.reduce((n, r) => n + r.requests.total, 0);
    return {
      ...t,
      rps: requests / (rounds * seconds),
      p50: median(rs.map((r) => r.latency.p50)),
      p99: median(rs.map((r) => r.latency.p99)),
      bytes: requests ? Math.round(rs.reduce((n, r) => n + r.throughput.total, 0) / requests) : 0,
      failed: rs.reduce((n, r) => n + r.errors + r.timeouts + refused(r), 0),
    };
  });
  printTable(results, connections, `${rounds} rounds of ${seconds} s each`);
  return results;
}

function printTable(results: LoadResult[], connections: number, duration: string) {
  const base = results[0]?.rps || 1;
  const rows = results.map((r) => [
    r.name,
    r.path,
    r.rps.toFixed(0),
    `${((r.rps / base) * 100).toFixed(0)} %`,
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    r.bytes.toLocaleString("en-GB"),
    String(r.failed),
  ]);
  const head = ["target", "path", "req/s", "vs static", "p50 ms", "p99 ms", "bytes/resp", "failed"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\nautocannon, ${connections} connections, ${duration} (bytes/resp: as sent, headers included; failed: errors, timeouts and answers of 400 and up)\n`);
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}
