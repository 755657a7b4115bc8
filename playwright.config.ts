import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// `npx playwright test` works on its own: tests/e2e/support/global-setup.ts builds the app
// if needed, creates a demo-seeded database on the test server (TEST_PG_URL,
// TEST_DATABASE_URL, DATABASE_URL, or an embedded one) and serves the app with server.ts (as `npm start` does).
// Chromium: E2E_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
// Several runs may share a checkout: each keeps its artifacts in its own folder, since
// Playwright empties its output folder when a run starts. Workers inherit the id.
process.env.E2E_RUN_ID ??= String(process.pid);

const chromium = process.env.E2E_CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/support/global-setup.ts",
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  outputDir: `test-results/run-${process.env.E2E_RUN_ID}`,
  use: {
    // Set by the global setup, which runs before the workers (they inherit its environment).
    baseURL: process.env.E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    browserName: "chromium",
    launchOptions: {
      executablePath: chromium,
      // Quiet offline: no sandbox (root in CI), no GPU, no background traffic to Google.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
});
