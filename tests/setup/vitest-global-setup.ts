// Once per `vitest` run: a fresh database on the test server (see scripts/lib/test-server.ts),
// migrated like production, handed to the test workers through `inject`, dropped at the end.
import type { TestProject } from "vitest/node";
import { deployMigrations } from "../../prisma/migrate/migrations";
import { createDatabase, dropDatabase, scratchName, withDatabase } from "../../scripts/lib/postgres";
import { paths } from "../../scripts/lib/project";
import { testServer } from "../../scripts/lib/test-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's migrated database: DATABASE_URL inside the tests. */
    databaseUrl: string;
    /** The test server's admin connection, for tests that need scratch databases of their own. */
    adminUrl: string;
  }
}

type RunDatabase = { databaseUrl: string; adminUrl: string; drop: () => Promise<void> };

async function createRunDatabase(): Promise<RunDatabase> {
  const server = await testServer();
  const name = scratchName("echn_test");
  try {
    await createDatabase(server.url, name);
    const databaseUrl = withDatabase(server.url, name);
    await deployMigrations({ url: databaseUrl, schemaPath: paths.schema, migrationsDir: paths.migrations });
    return {
      databaseUrl,
      adminUrl: server.url,
      drop: async () => {
        await dropDatabase(server.url, name);
        await server.stop();
      },
    };
  } catch (e) {
    await dropDatabase(server.url, name).catch(() => {});
    await server.stop();
    throw e;
  }
}

// vitest.config.ts' projects each call this setup, in one process: they share one database,
// made by the first and dropped after the last.
const shared = globalThis as typeof globalThis & { __echnRunDatabase?: { ready: Promise<RunDatabase>; users: number } };

export default async function setup(project: TestProject) {
  const run = (shared.__echnRunDatabase ??= { ready: createRunDatabase(), users: 0 });
  run.users++;
  const { databaseUrl, adminUrl, drop } = await run.ready;
  project.provide("databaseUrl", databaseUrl);
  project.provide("adminUrl", adminUrl);
  return async () => {
    if (--run.users === 0) await drop();
  };
}
