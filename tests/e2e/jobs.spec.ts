import { captureAction, replayAction } from "./support/action-replay";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, signInAs, test, visitorIp } from "./support";
import { insertApplication, insertEvent } from "./support/event-admin";

// Staff see the scheduled jobs at /admin/jobs and may run one at once. A job that changes a
// public page (a seat offer lapsing frees a seat) refreshes the cached copy at once, though
// it runs outside any request. Nobody but staff may run a job, even by posting the request.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const runsOf = async (job: string) => (await db.query(`SELECT count(*)::int AS n FROM "JobRun" WHERE "jobName" = $1`, [job])).rows[0].n as number;
const runRequestsBy = async (email: string) =>
  (await db.query(`SELECT count(*)::int AS n FROM "AuditEvent" a JOIN "User" u ON u."id" = a."actorId" WHERE u."email" = $1 AND a."action" = 'job.run-requested'`, [email])).rows[0].n as number;

test("staff run the seat-offer job at once: the lapsed offer's seat shows free on the cached event page", async ({ page, request }) => {
  const event = await insertEvent({ capacity: 1 });
  const { rows } = await db.query(`SELECT "id" FROM "User" WHERE "email" = $1`, [DEMO_ACCOUNTS.member2]);
  const offer = await insertApplication(event.id, rows[0].id, "accepted");
  await db.query(`UPDATE "EventApplication" SET "status" = 'offered', "offerExpiresAt" = now() - interval '1 hour' WHERE "id" = $1`, [offer]);
  // A cached copy, which would not expire for a minute.
  await request.get(`/events/${event.slug}`);
  expect(await (await request.get(`/events/${event.slug}`)).text()).toContain("1 place: all taken.");

  await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Jobs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
  const job = page.getByRole("article", { name: "Seat offers lapsing" });
  await expect(job).toContainText("every 5 minutes");
  await job.getByRole("button", { name: "Run “Seat offers lapsing” now" }).click();
  await expect(job.getByRole("status")).toHaveText("Done: the job ran.");
  await expect(job).toContainText(/Last run\s*succeeded/);

  // Lapsed by this run, or by the server's own tick just before it: either way the page shows it.
  await expect.poll(async () => (await db.query(`SELECT "status" FROM "EventApplication" WHERE "id" = $1`, [offer])).rows[0].status).toBe("lapsed");
  await expect.poll(async () => (await (await request.get(`/events/${event.slug}`)).text()).includes("1 place: 1 left."), { timeout: 10_000, intervals: [250] }).toBe(true);
});

test("running a job at once is refused to a visitor and a member replaying the staff request, with nothing run or recorded", async ({ page, browser, playwright, baseURL }) => {
  await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
  await page.goto("/admin/jobs");
  const job = page.getByRole("article", { name: "Email delivery" });
  const captured = await captureAction(page, async () => {
    await job.getByRole("button", { name: "Run “Email delivery” now" }).click();
    await expect(job.getByRole("status")).toHaveText("Done: the job ran.");
  });
  // The server's own ticks run this job every minute too: compare within seconds, and only runs started by a request.
  const runsBefore = await runsOf("outbox-delivery");
  const before = await runRequestsBy(DEMO_ACCOUNTS.member);

  const visitor = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const asVisitor = await replayAction(visitor, captured, baseURL!);
  expect(asVisitor.status()).toBeLessThan(500);
  expect(await asVisitor.text()).toContain("forms.errors.notFound");
  await visitor.dispose();

  const member = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  await signInAs(await member.newPage(), DEMO_ACCOUNTS.member, DEMO_PASSWORD);
  const asMember = await replayAction(member.request, captured, baseURL!);
  expect(asMember.status()).toBeLessThan(500);
  expect(await asMember.text()).toContain("forms.errors.notFound");
  await member.close();

  expect(await runRequestsBy(DEMO_ACCOUNTS.member)).toBe(before);
  expect(await runsOf("outbox-delivery")).toBeLessThanOrEqual(runsBefore + 1);

  // The control: the same request with staff cookies does run the job.
  const asStaff = await replayAction(page.context().request, captured, baseURL!);
  expect(await asStaff.text()).toContain("Done: the job ran.");
});
