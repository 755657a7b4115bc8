// The library's pages, next to a static file served by the same server in the same run.
// Issue 15's targets, with 2,000 resources seeded: /tools and a resource page at least a third
// of the static file's requests per second (autocannon, 10 connections); a filtered page with
// its counts, rendered per request, at least a tenth. /contact, a page rendered per request with
// the site's frame and no query, is measured beside them as the floor such a page starts from.
//
//   npm run build && npm start                      # prints DATABASE_URL for the embedded database
//   DATABASE_URL=… npm run bench:seed-tools -- --count 2000
//   npm run bench:tools [-- --url http://localhost:3000]
//
// Prints the numbers; asserts nothing.
import { parseArgs } from "node:util";
import { baseUrlFromArgs, runLoad } from "./lib/load";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    filtered: { type: "string", default: "/tools?q=hub&type=guide&topic=funding" },
  },
});
const base = baseUrlFromArgs();

async function main() {
  const list = await (await fetch(new URL("/tools", base))).text();
  const count = /<p id="results-count"[^>]*>([^<]+)/.exec(list)?.[1];
  const slug = /href="\/tools\/((?!suggest|all\/)[a-z0-9-]+)"/.exec(list)?.[1];
  if (!slug) throw new Error(`No resource is listed at ${base}/tools: seed some first (npm run bench:seed-tools).`);
  const filtered = await (await fetch(new URL(values.filtered, base))).text();
  console.log(`${base}: ${count ?? "?"}; ${values.filtered}: ${/<p id="results-count"[^>]*>([^<]+)/.exec(filtered)?.[1] ?? "?"}`);
  const results = await runLoad(
    base,
    [
      { name: "tools, page 1", path: "/tools" },
      { name: "tools, page 20", path: "/tools?page=20" },
      { name: "a resource", path: `/tools/${slug}` },
      { name: "tools, filtered, with counts", path: values.filtered },
      { name: "per-request floor: /contact", path: "/contact" },
    ],
    { seconds: Number(values.seconds), rounds: Number(values.rounds) },
  );
  const staticRps = results[0]!.rps;
  const targets = [0.33, 0.33, 0.33, 0.1];
  console.log("\nRatio to the static file (targets: ≥ 0.33 for the cached pages, ≥ 0.10 for the filtered page rendered per request):");
  for (const [i, r] of results.slice(1, 1 + targets.length).entries()) {
    const ratio = r.rps / staticRps;
    console.log(`  ${r.name.padEnd(30)} ${ratio.toFixed(2)}  (target ${targets[i]!.toFixed(2)}: ${ratio >= targets[i]! ? "met" : "NOT met"})`);
  }
  console.log(`  ${"(/contact, no target)".padEnd(30)} ${(results.at(-1)!.rps / staticRps).toFixed(2)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
