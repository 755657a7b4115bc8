// What every end-to-end spec imports: `import { test, expect, db, … } from "./support"`.
// The app under test is served by global-setup.ts on a fresh, demo-seeded database.
import { randomInt } from "node:crypto";
import { test as base } from "@playwright/test";
import { closeDb } from "./db";

export { expect } from "@playwright/test";
export { db } from "./db";
export { latestEmailTo, linkFrom } from "./email";
export { expectNoAxeViolations } from "./axe";
export { openUntilShown } from "./cached-pages";
export { errorBeside, signIn, signInAs, signInByPost, signInForm } from "./forms";

/** A made-up client address. Every request of the suite comes from 127.0.0.1, and the app
 * trusts one proxy (app-env.ts), which the suite plays: each test gets an address of its own. */
/**
 * What the suite's stand-in load balancer says of a visitor on this very machine: the
 * development outbox answers only them (and only on a loopback address).
 */
export const FROM_THIS_MACHINE = { "x-forwarded-for": "127.0.0.1" } as const;

export const visitorIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** The password of every demo account (prisma/seed/demo.ts). */
export const DEMO_PASSWORD = "echn-demo-2026";

/** The accounts `prisma/seed/index.ts --demo` creates. */
export const DEMO_ACCOUNTS = {
  staff: "staff@echn.test",
  member: "member@echn.test",
  member2: "member2@echn.test",
} as const;

export const test = base.extend<object, { _closeDbAfterWorker: void }>({
  extraHTTPHeaders: async ({}, use) => use({ "x-forwarded-for": visitorIp() }),
  _closeDbAfterWorker: [
    async ({}, use) => {
      await use();
      await closeDb();
    },
    { scope: "worker", auto: true },
  ],
});
