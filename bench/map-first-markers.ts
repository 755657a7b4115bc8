// The map in Chromium: time from navigation to the first clustered markers on /map, and the
// long tasks (over 50 ms, as Chromium reports them) while the map is panned and zoomed.
// Issue 3's targets: first markers within 1.5 s; no long task over 200 ms while panning and zooming.
//
//   npm run build && npm start           # prints DATABASE_URL for the embedded database
//   DATABASE_URL=… npm run bench:seed -- --count 5000
//   npm run bench:map-first-markers [-- --url http://localhost:3000] [--runs 5] [--path /de/map]
//
// Chromium: E2E_CHROMIUM_PATH, else /usr/bin/chromium. Each run opens a fresh browser context
// (empty cache). Requests to other servers (the map tiles) are refused, so that the figures are
// this site's alone; that also makes the map draw its offline country outline, the heavier case.
import { chromium, type Page } from "playwright-core";
import { baseUrlFromArgs } from "./lib/load";

const baseUrl = baseUrlFromArgs();
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
// --cpu-throttle N slows Chromium's main thread N times (DevTools' CPU throttling), to see the
// page as a slower laptop or a phone would run it.
const throttleArg = process.argv.indexOf("--cpu-throttle");
const THROTTLE = throttleArg >= 0 ? Number(process.argv[throttleArg + 1]) : 1;
const MARKER = ".hub-cluster, .hub-marker";
// --path /de/map measures the map in another language (issue 11: its first markers unchanged).
const pathArg = process.argv.indexOf("--path");
const MAP_PATH = pathArg >= 0 ? process.argv[pathArg + 1]! : "/map";

declare global {
  interface Window {
    __bench: { firstMarker?: number; moves?: number; longTasks: { start: number; duration: number }[] };
  }
}

/** Runs in the page before its own scripts: notes when the first marker appears, and every long task. */
function instrument(selector: string) {
  window.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      window.__bench.firstMarker = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Lets the map come to rest after a move, as a person would look at it (the list follows 400 ms after). */
async function settle(page: Page) {
  await page.waitForTimeout(600);
}

async function panAndZoom(page: Page) {
  // The map sits below the filters: bring it into view first, or the mouse would miss it.
  await page.locator(".leaflet-container").scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    window.__bench.moves = 0;
    document.querySelector(".leaflet-container")!.addEventListener("pointerdown", () => window.__bench.moves!++);
  });
  const box = (await page.locator(".leaflet-container").boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  for (const [dx, dy] of [[200, 0], [-150, 120], [0, -200], [-200, 50]] as const) {
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 12 });
    await page.mouse.up();
    await settle(page);
  }
  for (const delta of [-300, -300, -300, 300, 300, 300]) {
    await page.mouse.wheel(0, delta);
    await settle(page);
  }
  // The keyboard too: the map takes arrow keys and +/- once it has the focus.
  await page.locator(".leaflet-container").focus();
  for (const key of ["+", "+", "ArrowRight", "ArrowDown", "-", "-"]) {
    await page.keyboard.press(key);
    await settle(page);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.E2E_CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  const firstMarkers: number[] = [];
  const loadLongest: number[] = [];
  const panLongest: number[] = [];
  let panOver200 = 0;
  try {
    for (let run = 1; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.route((url) => url.origin !== new URL(baseUrl).origin, (route) => route.abort());
      await context.addInitScript(instrument, MARKER);
      const page = await context.newPage();
      if (THROTTLE > 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
      await page.goto(new URL(MAP_PATH, baseUrl).toString());
      await page.waitForSelector(MARKER, { timeout: 30_000 });
      // Panning starts once the page is done loading (the country outline, drawn because the
      // tiles were refused, included), as a visitor's would after a look at the map.
      await page.waitForLoadState("networkidle");
      await settle(page);
      const loaded = await page.evaluate(() => ({ first: window.__bench.firstMarker!, now: performance.now(), tasks: window.__bench.longTasks }));
      await panAndZoom(page);
      const moves = await page.evaluate(() => window.__bench.moves ?? 0);
      if (moves < 4) throw new Error(`the map took ${moves} of 4 drags: the pointer missed it`);
      const tasks = await page.evaluate((since) => window.__bench.longTasks.filter((t) => t.start >= since), loaded.now);
      const longestLoad = Math.max(0, ...loaded.tasks.map((t) => t.duration));
      const longestPan = Math.max(0, ...tasks.map((t) => t.duration));
      firstMarkers.push(loaded.first);
      loadLongest.push(longestLoad);
      panLongest.push(longestPan);
      panOver200 += tasks.filter((t) => t.duration > 200).length;
      console.log(
        `run ${run}: first markers at ${loaded.first.toFixed(0)} ms; longest task while loading ${longestLoad.toFixed(0)} ms; ` +
          `while panning and zooming ${longestPan.toFixed(0)} ms (${tasks.length} over 50 ms)`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const throttled = THROTTLE > 1 ? `, CPU slowed ${THROTTLE}×` : "";
  console.log(`\n${MAP_PATH} at ${baseUrl}, ${RUNS} runs, 1280×800, fresh cache each run${throttled}`);
  console.log(`  navigation → first clustered markers: median ${median(firstMarkers).toFixed(0)} ms, max ${Math.max(...firstMarkers).toFixed(0)} ms`);
  console.log(`  longest task while loading:           median ${median(loadLongest).toFixed(0)} ms, max ${Math.max(...loadLongest).toFixed(0)} ms`);
  console.log(`  longest task while panning/zooming:   median ${median(panLongest).toFixed(0)} ms, max ${Math.max(...panLongest).toFixed(0)} ms`);
  console.log(`  tasks over 200 ms while panning/zooming, all runs: ${panOver200}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
