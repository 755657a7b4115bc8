// Latency of the calendar feeds, one request at a time, as a calendar app polls them.
// Issue 4's target: /events/calendar.ics with 500 events under 50 ms per request at the median.
//
//   DATABASE_URL=… npm run bench:seed-events -- --count 500
//   npm run bench:events-ical [-- --url http://localhost:3000] [--requests 200]
//
// Every request is a full download (no If-None-Match); a 304 is timed once at the end for
// comparison. The server builds a feed once per version of the data (lib/events/ical.ts),
// so the first request of the run is shown apart ("first"): it may have built the feed. Prints the numbers; asserts nothing.
import { parseArgs } from "node:util";
import { baseUrlFromArgs } from "./lib/load";

const { values } = parseArgs({ options: { url: { type: "string" }, requests: { type: "string", default: "200" } } });
const base = baseUrlFromArgs();
const N = Number(values.requests);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function time(path: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(new URL(path, base), { headers: { "accept-encoding": "gzip", ...headers } });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength, etag: response.headers.get("etag"), text: new TextDecoder().decode(body) };
}

async function measure(path: string) {
  const first = await time(path);
  for (let i = 0; i < 10; i++) await time(path); // warm-up
  const times: number[] = [];
  let last = await time(path);
  for (let i = 0; i < N; i++) {
    last = await time(path);
    if (last.status !== 200) throw new Error(`${path} answered ${last.status}`);
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  const events = (last.text.match(/^BEGIN:VEVENT/gm) ?? []).length;
  const notModified = await time(path, last.etag ? { "if-none-match": last.etag } : {});
  return { path, events, bytes: last.bytes, first: first.ms, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, notModified };
}

async function main() {
  console.log(`${base}: ${N} sequential requests per feed\n`);
  const rows = [await measure("/events/calendar.ics"), await measure("/events/calendar/workshop.ics")];
  console.log(`${"feed".padEnd(32)} ${"events".padStart(6)} ${"bytes".padStart(9)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"max ms".padStart(7)} ${"first".padStart(7)}  304`);
  for (const r of rows) {
    console.log(
      `${r.path.padEnd(32)} ${String(r.events).padStart(6)} ${r.bytes.toLocaleString("en-GB").padStart(9)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.max.toFixed(1).padStart(7)} ${r.first.toFixed(1).padStart(7)}  ${r.notModified.status} in ${r.notModified.ms.toFixed(1)} ms`,
    );
  }
  console.log("\nTarget (issue 4): the feed with 500 events under 50 ms at the median. Bytes: the feed's size, uncompressed.");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
