// Issue 13: a P2P story page is cached, at least a third of a static file's throughput from
// the same server in the same run (autocannon, 10 connections; the targets take turns).
//
//   npm run build && npm start                      # demo mode seeds one published story
//   npm run bench:p2p-story [-- --url http://localhost:3000] [--path /p2p/stories/<slug>] [--seconds 5] [--rounds 3]
//
// Without --path: the first story /p2p lists, else the demo story. Prints each page's requests
// per second; exits non-zero when a story page is below the target.
import { parseArgs } from "node:util";
import { baseUrlFromArgs, runLoad } from "./lib/load";

const { values } = parseArgs({ options: { url: { type: "string" }, path: { type: "string" }, seconds: { type: "string", default: "5" }, rounds: { type: "string", default: "3" } } });
const base = baseUrlFromArgs();
const TARGET = 1 / 3;
const DEMO_STORY = "/p2p/stories/demo-story-kyiv-lisbon";

/** A published story's address: --path, else the newest one /p2p lists, else the demo seed's. */
async function storyPath(): Promise<string> {
  if (values.path) return values.path;
  const listed = /href="(\/p2p\/stories\/[a-z0-9-]+)"/.exec(await (await fetch(new URL("/p2p", base))).text())?.[1];
  return listed ?? DEMO_STORY;
}

async function main() {
  const path = await storyPath();
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${base}${path} answered ${response.status}: publish a story first (the demo seed has one), or give --path.`);
  const results = await runLoad(
    base,
    [
      { name: "story page", path },
      { name: "story page, Portuguese", path: `/pt${path}` },
    ],
    { seconds: Number(values.seconds), rounds: Number(values.rounds) },
  );
  const staticRps = results[0]!.rps;
  const worst = Math.min(...results.slice(1).map((r) => r.rps)) / staticRps;
  console.log(`\nTarget (issue 13): a story page at ≥ ${TARGET.toFixed(2)} of the static file: ${worst >= TARGET ? "met" : "NOT met"} (${worst.toFixed(2)}).`);
  if (worst < TARGET) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
