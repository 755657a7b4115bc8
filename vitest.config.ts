import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `npx vitest` works on its own: tests/setup/vitest-global-setup.ts finds a PostgreSQL server
// (TEST_PG_URL, TEST_DATABASE_URL, DATABASE_URL, or an embedded one) and creates the run's
// database there. Test files run in parallel against that one database, so tests make their
// data unique (tests/integration/helpers.ts) instead of emptying tables.
export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": fileURLToPath(new URL("./tests/setup/server-only.ts", import.meta.url)) },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/vitest-global-setup.ts"],
    setupFiles: ["tests/setup/vitest-database-env.ts"],
    env: { BCRYPT_COST: "4", DATABASE_POOL_SIZE: "5" },
    // next-auth imports "next/server" (and next-intl's navigation "next/navigation") without an
    // extension, which Node's ESM resolver refuses; bundled by vite instead, they resolve.
    server: { deps: { inline: ["next-auth", "next-intl"] } },
    // Two files at a time even on two cores (Vitest's default is one fewer than the cores): the
    // integration tests spend much of their time waiting on PostgreSQL.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
