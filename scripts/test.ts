// npm test: unit and integration tests (vitest), then end-to-end tests (playwright), on one
// PostgreSQL server: TEST_DATABASE_URL's, else DATABASE_URL's, else an embedded one that
// lives only for this run. Each runner creates (and drops) its own databases there.
// Both always run; the exit code is non-zero if either failed.
import type { ChildProcess } from "node:child_process";
import { childEnv, currentChild, runNode, stopChild } from "./lib/app";
import { bins } from "./lib/project";
import { testServer, type TestServer } from "./lib/test-server";

let server: TestServer | undefined;
let stopped: Promise<never> | undefined;

/** Stops the running child (if any) and the embedded server (if ours), then exits. */
function stopAll(code: number): Promise<never> {
  return (stopped ??= (async () => {
    const child: ChildProcess | undefined = currentChild();
    // Playwright ignores a second SIGINT within a second of the terminal's, and tears down.
    if (child) await stopChild(child, "SIGINT", 30_000);
    await server?.stop().catch((e) => console.error("Could not stop the test database server:", e));
    process.exit(code);
  })());
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (!stopped) console.log(`\nTests interrupted (${signal}).`);
    void stopAll(130);
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  server = await testServer();
  console.log(`Test databases go on ${server.description}.`);
  const env = childEnv({ TEST_PG_URL: server.url });

  const results: [string, number, number][] = [];
  for (const [name, args] of [
    ["vitest", [bins.vitest(), "run"]],
    ["playwright", [bins.playwright(), "test"]],
  ] as const) {
    const t = Date.now();
    console.log(`\n━━ ${name} ━━`);
    const code = await runNode([...args], env);
    if (stopped) return 130;
    results.push([name, code, Date.now() - t]);
  }

  console.log("");
  for (const [name, code, ms] of results) console.log(`${code === 0 ? "✓" : "✗"} ${name} ${code === 0 ? "passed" : `failed (exit ${code})`} in ${(ms / 1000).toFixed(1)} s`);
  console.log(`Total ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return results.some(([, code]) => code !== 0) ? 1 : 0;
}

main().then(
  (code) => stopAll(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    return stopAll(1);
  },
);
