// The PostgreSQL server the tests create their databases on: TEST_PG_URL (set by
// `npm test` for its children), else TEST_DATABASE_URL, else DATABASE_URL, else a throw-away
// embedded server under .data/test-postgres/, removed when the run ends.
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { dataDir } from "./project";
import { clusterDir, startEmbeddedPostgres, stopLeftoverServer } from "./postgres";

export type TestServer = { url: string; description: string; stop(): Promise<void> };

const RUN_DIR = /^run-(\d+)$/;

function pidAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the folders of earlier runs that were killed before they could clean up. */
async function removeAbandonedRuns(root: string) {
  if (!existsSync(root)) return;
  for (const entry of readdirSync(root)) {
    const m = RUN_DIR.exec(entry);
    if (!m || pidAlive(Number(m[1]))) continue;
    const dir = path.join(root, entry);
    await stopLeftoverServer(path.join(dir, "pgdata")).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function testServer(): Promise<TestServer> {
  const given: [string, string | undefined][] = [
    ["TEST_PG_URL", process.env.TEST_PG_URL],
    ["TEST_DATABASE_URL", process.env.TEST_DATABASE_URL],
    ["DATABASE_URL", process.env.DATABASE_URL],
  ];
  for (const [name, url] of given) {
    if (url) return { url, description: `the server of ${name} (${new URL(url).host})`, stop: async () => {} };
  }
  const root = clusterDir(path.join(dataDir(), "test-postgres"));
  await removeAbandonedRuns(root);
  // One folder per run, so that two test runs on one checkout do not collide.
  const dir = path.join(root, `run-${process.pid}`);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, "pgdata"),
    password: "echn-test",
    logFile: path.join(dir, "postgres.log"),
    ephemeral: true,
  });
  return {
    url: server.url,
    description: `an embedded PostgreSQL in ${dir.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), dir) : dir} (port ${server.port})`,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
