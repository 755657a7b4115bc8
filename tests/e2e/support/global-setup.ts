// Before the end-to-end tests: the production build (rebuilt only when sources changed), a
// fresh database with the demo content, and the app (server.ts) on a free port. The specs find
// them through E2E_BASE_URL (playwright.config.ts' baseURL) and E2E_DATABASE_URL; workers
// inherit the environment this sets. Returns the teardown.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { deployMigrations } from "../../../prisma/migrate/migrations";
import { buildStaleness, ensureBuild, runSeed, spawnNext, stopChild, waitForHttp } from "../../../scripts/lib/app";
import { createDatabase, dropDatabase, freePort, scratchName, withDatabase } from "../../../scripts/lib/postgres";
import { dataDir, paths, ROOT } from "../../../scripts/lib/project";
import { testServer } from "../../../scripts/lib/test-server";
import { appEnv } from "./app-env";

/** Artifacts and app logs of earlier runs that ended more than an hour ago. */
function removeOldRuns() {
  const hourAgo = Date.now() - 3_600_000;
  const old = (file: string, pid: number) => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return statSync(file).mtimeMs < hourAgo;
    }
  };
  for (const [dir, pattern] of [[path.join(ROOT, "test-results"), /^run-(\d+)$/], [dataDir(), /^e2e-app-(\d+)\.log$/]] as const) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const m = pattern.exec(name);
      if (m && old(path.join(dir, name), Number(m[1]))) rmSync(path.join(dir, name), { recursive: true, force: true });
    }
  }
}

export default async function globalSetup() {
  removeOldRuns();
  const cleanups: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error("e2e teardown:", e));
  };
  try {
    // Registered as using .next until the teardown, so that nobody rebuilds it under us.
    let releaseBuild = () => {};
    cleanups.push(async () => releaseBuild());
    releaseBuild = await ensureBuild({ use: true });
    // Pages cached by an earlier run show that run's database (other ids, other hubs): this run's
    // database is new, so its pages must be too.
    rmSync(path.join(ROOT, ".next/server/route-cache"), { recursive: true, force: true });

    const server = await testServer();
    cleanups.push(server.stop);
    const name = scratchName("echn_e2e");
    await createDatabase(server.url, name);
    cleanups.push(() => dropDatabase(server.url, name));
    const databaseUrl = withDatabase(server.url, name);
    await deployMigrations({ url: databaseUrl, schemaPath: paths.schema, migrationsDir: paths.migrations });
    await runSeed(databaseUrl, { demo: true, env: { BCRYPT_COST: "4" } });

    // The app's own log stays out of the test report; read it when a test fails.
    mkdirSync(dataDir(), { recursive: true });
    const logFile = path.join(dataDir(), `e2e-app-${process.env.E2E_RUN_ID ?? process.pid}.log`);
    let baseUrl = "";
    for (let attempt = 1; !baseUrl; attempt++) {
      const port = await freePort();
      const url = `http://localhost:${port}`;
      const app = spawnNext("start", port, appEnv(databaseUrl, url, port), { logFile });
      cleanups.push(() => stopChild(app.child));
      try {
        await waitForHttp(`http://127.0.0.1:${port}/`, app);
        baseUrl = url;
      } catch (e) {
        // Someone else's `next build` in this checkout may have replaced .next under us.
        if (attempt === 1 && buildStaleness()) {
          releaseBuild();
          releaseBuild = await ensureBuild({ use: true });
          continue;
        }
        console.error(readFileSync(logFile, "utf-8").split("\n").slice(-30).join("\n"));
        throw e;
      }
    }

    process.env.E2E_BASE_URL = baseUrl;
    process.env.E2E_DATABASE_URL = databaseUrl;
    console.log(`End-to-end tests against ${baseUrl} (database ${name} on ${server.description}); the app logs to ${path.relative(process.cwd(), logFile)}.`);
  } catch (e) {
    await teardown();
    throw e;
  }
  return teardown;
}
