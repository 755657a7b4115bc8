// Lighthouse's performance audit of /map, as its default mobile preset runs it (a mid-range
// phone's screen, a 4× slower CPU and a slow 4G connection, simulated), several times, with
// the median of each figure. Issue 10's target: a performance score of 90 or more.
//
//   npm run build
//   DATABASE_URL=… npm run bench:seed -- --count 5000                  # a scratch database
//   DATABASE_URL=… AUTH_SECRET=x AUTH_TRUST_HOST=true PORT=4100 npx tsx server.ts
//   npm run bench:map-lighthouse -- --url http://localhost:4100 [--runs 5] [--path /map?kind=lab]
//
// Chromium: E2E_CHROMIUM_PATH, else /usr/bin/chromium, started here for each run (a fresh
// profile, so an empty cache). Lighthouse 12: its 13th version needs Node 22.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { baseUrlFromArgs } from "./lib/load";

const baseUrl = baseUrlFromArgs();
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg("--runs") ?? 5);
const PAGE = new URL(arg("--path") ?? "/map", baseUrl).toString();
const CHROMIUM = process.env.E2E_CHROMIUM_PATH || "/usr/bin/chromium";

/** A headless Chromium that Lighthouse drives over its DevTools port. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), "map-lighthouse-"));
  const child = spawn(
    CHROMIUM,
    ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = "";
    child.stderr.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${seen}`)));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  const rows: { score: number; tbt: number; lcp: number; cls: number; fcp: number; si: number }[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const chromium = await startChromium();
    try {
      const result = await lighthouse(PAGE, { port: chromium.port, onlyCategories: ["performance"], logLevel: "error", output: "json" });
      if (!result) throw new Error("Lighthouse returned no result");
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const row = {
        score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
        tbt: value("total-blocking-time"),
        lcp: value("largest-contentful-paint"),
        cls: value("cumulative-layout-shift"),
        fcp: value("first-contentful-paint"),
        si: value("speed-index"),
      };
      rows.push(row);
      if (process.argv.includes("--details")) {
        // Where the blocking time comes from: the main thread's long tasks, simulated, by script.
        const items = (id: string) => ((lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []);
        for (const t of items("long-tasks")) console.log(`  long task ${Number(t.duration).toFixed(0)} ms at ${Number(t.startTime).toFixed(0)} ms: ${String(t.url)}`);
        const lcp = items("largest-contentful-paint-element")[0] as { items?: { node?: { snippet?: string } }[] } | undefined;
        console.log(`  largest contentful paint: ${lcp?.items?.[0]?.node?.snippet ?? "?"}`);
        for (const s of items("bootup-time")) console.log(`  script ${String(s.url)}: ${Number(s.total).toFixed(0)} ms (evaluation ${Number(s.scripting).toFixed(0)}, parse ${Number(s.scriptParseCompile).toFixed(0)})`);
      }
      console.log(
        `run ${run}: performance ${row.score}; TBT ${row.tbt.toFixed(0)} ms; LCP ${row.lcp.toFixed(0)} ms; CLS ${row.cls.toFixed(3)}; ` +
          `FCP ${row.fcp.toFixed(0)} ms; Speed Index ${row.si.toFixed(0)} ms (Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling; ` +
          // Lighthouse's measure of this machine's speed at the time: a busy machine scores low, and its blocking time grows.
          `benchmark index ${lhr.environment.benchmarkIndex.toFixed(0)})`,
      );
    } finally {
      await chromium.stop();
    }
  }
  const m = (key: keyof (typeof rows)[number]) => median(rows.map((r) => r[key]));
  console.log(`\n${PAGE}, ${RUNS} runs, Lighthouse mobile preset (simulated throttling), medians:`);
  console.log(`  performance score ${m("score")} (min ${Math.min(...rows.map((r) => r.score))}, max ${Math.max(...rows.map((r) => r.score))})`);
  console.log(`  total blocking time ${m("tbt").toFixed(0)} ms`);
  console.log(`  largest contentful paint ${m("lcp").toFixed(0)} ms`);
  console.log(`  cumulative layout shift ${m("cls").toFixed(3)}`);
  console.log(`  first contentful paint ${m("fcp").toFixed(0)} ms; speed index ${m("si").toFixed(0)} ms`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
