import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `npx vitest` works on its own: tests/setup/vitest-global-setup.ts finds a PostgreSQL server
// (TEST_PG_URL, TEST_DATABASE_URL, DATABASE_URL, or an embedded one) and creates the run's
// database there. Test files run in parallel against that one database, so tests make their
// data unique (tests/integration/helpers.ts) instead of emptying tables.
const TESTS = ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"];
const ISOLATED = [
  "tests/integration/contact.test.ts",
  "tests/integration/hub-public-changes.test.ts",
  "tests/integration/hub-search-index.test.ts",
  "tests/integration/hub-submission.test.ts",
  "tests/integration/language-preference.test.ts",
  "tests/integration/migrations.test.ts",
  "tests/integration/p2p-seed.test.ts",
  "tests/integration/p2p-seed-review.test.ts",
  "tests/integration/refused-actions.test.ts",
  "tests/integration/resource-seed.test.ts",
  "tests/integration/retention.test.ts",
  "tests/integration/tools-admin.test.ts",
  "tests/unit/incoming.test.ts",
  "tests/unit/p2p-review-views.test.ts",
  "tests/unit/privacy-notice.test.ts",
  "tests/unit/revalidate.test.ts",
  "tests/unit/unsafe-requests.test.ts",
];

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": fileURLToPath(new URL("./tests/setup/server-only.ts", import.meta.url)) },
  },
  test: {
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
    // Most files share their worker's modules (one Prisma client, one import of the app's code
    // per worker, not per file: half the run's time). The files that mock modules, change the
    // environment or point the database elsewhere each get their own.
    projects: [
      { extends: true, test: { name: "shared", include: TESTS, exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: "isolated", include: ISOLATED } },
    ],
  },
});
