// Throughput of the events list and an event page next to a static file served by the same
// server in the same run. Issue 4's target: /events and an event page at least a third of
// the static file's requests per second (autocannon, 10 connections), with 500 events seeded.
//
//   npm run build && npm start                      # prints DATABASE_URL for the embedded database
//   DATABASE_URL=… npm run bench:seed-events -- --count 500
//   npm run bench:event-pages [-- --url http://localhost:3000] [--slug <event>]
//
// Prints the numbers; asserts nothing.
import { parseArgs } from "node:util";
import { baseUrlFromArgs, runLoad } from "./lib/load";

const { values } = parseArgs({ options: { url: { type: "string" }, slug: { type: "string" }, seconds: { type: "string", default: "5" }, rounds: { type: "string", default: "3" } } });
const base = baseUrlFromArgs();

/** An event that exists: the first one /events lists, unless --slug names one. */
async function someEventSlug(): Promise<string> {
  if (values.slug) return values.slug;
  const slug = /href="\/events\/((?!calendar)[a-z0-9-]+)"/.exec(await (await fetch(new URL("/events", base))).text())?.[1];
  if (!slug) throw new Error(`No event is listed at ${base}/events: seed some events first.`);
  return slug;
}

async function main() {
  const count = /<p id="results-count"[^>]*>([^<]+)/.exec(await (await fetch(new URL("/events", base))).text())?.[1];
  console.log(`${base}: ${count ?? "?"}`);
  const results = await runLoad(
    base,
    [
      { name: "events, page 1", path: "/events" },
      { name: "events, page 20", path: "/events?page=20" },
      { name: "events, filtered", path: "/events?kind=workshop&year=2017" },
      { name: "event page", path: `/events/${await someEventSlug()}` },
    ],
    { seconds: Number(values.seconds), rounds: Number(values.rounds) },
  );
  const staticRps = results[0]!.rps;
  console.log("\nRatio to the static file (target ≥ 0.33):");
  for (const r of results.slice(1)) console.log(`  ${r.name.padEnd(18)} ${(r.rps / staticRps).toFixed(2)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
