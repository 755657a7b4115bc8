// Building, seeding and serving the app, shared by `npm start` and the end-to-end tests.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { waitForLock } from "./lock";
import { bins, dataDir, paths, ROOT } from "./project";

/** Environment variables for a child; an undefined value removes the variable. */
export type Env = Record<string, string | undefined>;

// What cannot change the built app: tools, tests, local state, migrations and seeds.
const NOT_BUILD_INPUTS = new Set([
  "node_modules", ".next", ".data", ".git", ".ci", "bench", "scripts", "tests", "test-results",
  "playwright-report", "coverage", "prisma/migrations", "prisma/migrate", "prisma/seed",
  "next-env.d.ts", "vitest.config.ts", "playwright.config.ts", "eslint.config.mjs", "prisma.config.ts",
]);
const IGNORED_FILE = /(\.tsbuildinfo|\.log)$/;

/** The newest modification time of anything the build reads (sources, public/, config, lockfile, .env*). */
function newestSourceMtime(dir = ROOT): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(ROOT, full).split(path.sep).join("/");
    if (NOT_BUILD_INPUTS.has(rel)) continue;
    if (entry.name.startsWith(".") && !entry.name.startsWith(".env")) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(full));
    else if (entry.isFile() && !IGNORED_FILE.test(entry.name) && !(dir === ROOT && entry.name.endsWith(".md"))) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** Why the app needs a (re)build, or null when .next is up to date. */
export function buildStaleness(): string | null {
  let built: number;
  try {
    built = statSync(path.join(ROOT, ".next/BUILD_ID")).mtimeMs;
  } catch {
    return "there is no build yet";
  }
  return newestSourceMtime() > built ? "sources changed since the last build" : null;
}

// End-to-end runs register here (one file per pid) while their `next start` serves .next, and
// a rebuild waits for them: replacing .next under a running server breaks every page it serves.
const buildUsersDir = () => path.join(dataDir(), "build-users");

function otherBuildUsers(): number[] {
  let names: string[];
  try {
    names = readdirSync(buildUsersDir());
  } catch {
    return [];
  }
  return names.map(Number).filter((pid) => {
    if (pid === process.pid) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EPERM") return true;
      rmSync(path.join(buildUsersDir(), String(pid)), { force: true });
      return false;
    }
  });
}

async function waitForBuildUsers(timeoutMs = 15 * 60_000) {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (let users = otherBuildUsers(); users.length; users = otherBuildUsers()) {
    if (Date.now() > deadline) {
      console.log(`Rebuilding although test runs (pids ${users.join(", ")}) still use the old build.`);
      return;
    }
    if (!told) console.log(`Waiting for other test runs of this checkout (pids ${users.join(", ")}) to finish with the current build…`);
    told = true;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/**
 * Runs `next build` when the build is missing or older than the sources. With `use`, also
 * registers this process as serving the build until the returned function is called.
 */
export async function ensureBuild(opts: { use?: boolean; env?: Env } = {}): Promise<() => void> {
  // Builds of one checkout take turns (Next would refuse a second one outright).
  const lock = await waitForLock(path.join(dataDir(), "build.lock"), "node", "another build of this checkout");
  try {
    const reason = buildStaleness();
    if (reason) {
      await waitForBuildUsers();
      console.log(`Building the app (${reason}); this takes a minute…`);
      const started = Date.now();
      // The build must not need a database, so it gets none: a query during the build fails
      // loudly instead of quietly baking one machine's data into the pages.
      const code = await runNode([bins.next(), "build"], childEnv({ ...opts.env, DATABASE_URL: undefined }));
      if (code !== 0) throw new Error(`next build failed (exit ${code}); see its output above.`);
      console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    }
    if (!opts.use) return () => {};
    mkdirSync(buildUsersDir(), { recursive: true });
    const file = path.join(buildUsersDir(), String(process.pid));
    writeFileSync(file, "");
    const release = () => {
      rmSync(file, { force: true });
      process.off("exit", release);
    };
    process.on("exit", release);
    return release;
  } finally {
    lock.release();
  }
}

/** The environment for our children: ours, plus `extra`; an undefined value removes a variable. */
export function childEnv(extra: Env = {}): NodeJS.ProcessEnv {
  const env: Env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...extra };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env as NodeJS.ProcessEnv;
}

let current: ChildProcess | undefined;
/** The child running right now (build, seed), so that a signal handler can stop it. */
export const currentChild = () => current;

/** Runs `node <args>` with inherited stdio; resolves to its exit code. */
export function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" });
    current = child;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (current === child) current = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

/** The programme seed (idempotent), plus the demo accounts and content when `demo`. */
export async function runSeed(databaseUrl: string, opts: { demo: boolean; env?: Env }): Promise<void> {
  const args = [bins.tsx(), "--conditions=react-server", paths.seed, ...(opts.demo ? ["--demo"] : [])];
  const code = await runNode(args, childEnv({ ...opts.env, DATABASE_URL: databaseUrl }));
  if (code !== 0) throw new Error(`Seeding failed (exit ${code}); see the output above.`);
}

export type RunningApp = { child: ChildProcess; exited: Promise<number> };

/**
 * Serves the app through node: the production server (server.ts) for "start", Next's
 * development server for "dev". Output to our terminal, or to `logFile`.
 */
export function spawnNext(mode: "start" | "dev", port: number, env: Env, opts: { host?: string; logFile?: string } = {}): RunningApp {
  const args = mode === "start" ? [bins.tsx(), paths.server] : [bins.next(), "dev", "-p", String(port), ...(opts.host ? ["-H", opts.host] : [])];
  if (mode === "start") env = { ...env, PORT: String(port), LISTEN_HOST: opts.host };
  const log = opts.logFile ? openSync(opts.logFile, "w") : undefined;
  const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv(env), stdio: log === undefined ? "inherit" : ["ignore", log, log] });
  if (log !== undefined) closeSync(log);
  const exited = new Promise<number>((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1)));
    child.on("error", () => resolve(1));
  });
  return { child, exited };
}

/** Resolves once `url` answers HTTP at all; rejects if `app` exits first or after `timeoutMs`. */
export async function waitForHttp(url: string, app: RunningApp, timeoutMs = 120_000): Promise<void> {
  let gone = false;
  void app.exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gone) throw new Error(`The app exited before it answered on ${url}.`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: "manual" });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`The app did not answer on ${url} within ${timeoutMs / 1000} s.`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Stops a child: `signal`, then SIGKILL if it is still there after `graceMs`. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM", graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
