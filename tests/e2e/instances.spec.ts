import path from "node:path";
import { spawnNext, stopChild, waitForHttp } from "../../scripts/lib/app";
import { freePort } from "../../scripts/lib/postgres";
import { dataDir } from "../../scripts/lib/project";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, signInAs, test } from "./support";
import { appEnv } from "./support/app-env";
import { cancelEventAsStaff, insertEvent } from "./support/event-admin";

// Several instances behind a load balancer on one database: each keeps its own cache of the
// public pages, and a change made through one instance reaches the others' cached pages at
// once (through PostgreSQL), not only when their copies expire a minute later.

test("a change made on one instance shows on another instance's cached page within seconds", async ({ page }) => {
  test.setTimeout(120_000);
  const event = await insertEvent({ capacity: 5 });
  const port = await freePort();
  const other = `http://localhost:${port}`;
  const logFile = path.join(dataDir(), `e2e-second-app-${process.env.E2E_RUN_ID ?? process.pid}.log`);
  const app = spawnNext("start", port, appEnv(process.env.E2E_DATABASE_URL!, other, port), { logFile });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, app);
    const onOther = async () => (await fetch(`${other}/events/${event.slug}`)).text();

    await test.step("the other instance caches the event page as it is", async () => {
      expect(await onOther()).toContain(event.title);
      expect(await onOther()).not.toContain("This event has been cancelled.");
    });

    await test.step("staff cancel the event on this instance", async () => {
      await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
      await cancelEventAsStaff(page, event, "The venue is closed for repairs.");
    });

    await test.step("the other instance's page says so within seconds, well before its copy would expire (60 s)", async () => {
      await expect.poll(async () => (await onOther()).includes("This event has been cancelled."), { timeout: 10_000, intervals: [250] }).toBe(true);
    });
  } finally {
    await stopChild(app.child);
  }
});
