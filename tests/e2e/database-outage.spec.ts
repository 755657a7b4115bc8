import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { deployMigrations } from "../../prisma/migrate/migrations";
import { runSeed, spawnNext, stopChild, waitForHttp } from "../../scripts/lib/app";
import { clusterDir, createDatabase, freePort, startEmbeddedPostgres, withDatabase, type PostgresServer } from "../../scripts/lib/postgres";
import { dataDir, paths } from "../../scripts/lib/project";
import { expect, test } from "./support";
import { appEnv } from "./support/app-env";

// PostgreSQL goes away for a few seconds (a restart, a failover). The cached public pages keep
// being served from the page cache; a page that needs the database says "try again shortly"
// (503 with Retry-After), and everything works again once the database is back. The app runs
// on a PostgreSQL of this test's own, which it stops and starts.

const EVENT = "forum-belgrade-2016"; // prisma/seed/programme.ts
const CACHED = ["/hubs", "/events", `/events/${EVENT}`];
const NEEDS_DATABASE = "/hubs?q=makers"; // a filtered directory is rendered per request

test("while PostgreSQL is down, cached pages are served and the others answer 503 with Retry-After", async ({ page }) => {
  test.setTimeout(180_000);
  const run = process.env.E2E_RUN_ID ?? String(process.pid);
  const pgDir = clusterDir(path.join(dataDir(), `e2e-outage-${run}`));
  rmSync(pgDir, { recursive: true, force: true });
  const pgOptions = { dataDir: pgDir, password: "outage", logFile: path.join(dataDir(), `e2e-outage-postgres-${run}.log`), ephemeral: true };
  let postgres: PostgresServer | undefined = await startEmbeddedPostgres(pgOptions);
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const logFile = path.join(dataDir(), `e2e-outage-app-${run}.log`);
  const { port: pgPort } = postgres;
  let app: ReturnType<typeof spawnNext> | undefined;
  const get = (address: string) => fetch(base + address, { redirect: "manual", signal: AbortSignal.timeout(15_000) });
  try {
    await createDatabase(postgres.url, "echn");
    const databaseUrl = withDatabase(postgres.url, "echn");
    await deployMigrations({ url: databaseUrl, schemaPath: paths.schema, migrationsDir: paths.migrations });
    await runSeed(databaseUrl, { demo: false });
    app = spawnNext("start", port, appEnv(databaseUrl, base, port), { logFile });
    await waitForHttp(`${base}/`, app);

    await test.step("the cached pages are in the page cache", async () => {
      for (const address of CACHED) {
        expect((await get(address)).status, address).toBe(200);
        const again = await get(address);
        expect(again.status, address).toBe(200);
        expect(again.headers.get("x-nextjs-cache"), address).toMatch(/HIT|STALE/);
      }
      expect((await get(NEEDS_DATABASE)).status).toBe(200);
      expect((await get("/api/health")).status).toBe(200);
      // Leaves an idle connection in the map data's own pool, to be lost in the outage.
      expect((await get("/api/hubs/geojson")).status).toBe(200);
    });

    // Stopped with queries under way, as under load: connections die in the middle of a query.
    const underWay = Promise.all(Array.from({ length: 20 }, () => get(NEEDS_DATABASE).then((r) => r.status)));
    await postgres.stop();
    postgres = undefined;
    for (const status of await underWay) expect([200, 503]).toContain(status);

    await test.step("the database is down: cached pages answer 200, the others 503 with Retry-After", async () => {
      for (let round = 0; round < 3; round++) {
        for (const address of CACHED) expect((await get(address)).status, address).toBe(200);
        const refused = await get(NEEDS_DATABASE);
        expect(refused.status).toBe(503);
        expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      }
      expect((await get("/api/hubs/geojson")).status, "the map data").toBe(503);
      const health = await get("/api/health");
      expect(health.status, "the health check tells the load balancer").toBe(503);
      expect(Number(health.headers.get("retry-after"))).toBeGreaterThan(0);
      await page.goto(base + NEEDS_DATABASE);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is back in a moment");
    });

    postgres = await startEmbeddedPostgres({ ...pgOptions, port: pgPort });

    await test.step("the database is back: every page works again", async () => {
      await expect.poll(async () => (await get(NEEDS_DATABASE)).status, { timeout: 20_000, intervals: [250] }).toBe(200);
      for (const address of CACHED) expect((await get(address)).status, address).toBe(200);
      expect((await get("/api/health")).status).toBe(200);
    });

    await test.step("the lost connections were handled, none reached uncaughtException", async () => {
      expect(readFileSync(logFile, "utf-8")).not.toMatch(/uncaughtException|unhandledRejection/);
    });
  } finally {
    if (app) await stopChild(app.child);
    await postgres?.stop();
    rmSync(pgDir, { recursive: true, force: true });
  }
});
