import type { Browser, Page } from "@playwright/test";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, latestEmailTo, openUntilShown, signInAs, test, visitorIp } from "./support";
import { isoDaysFromNow, shortTag } from "./support/event-admin";
import { createAccount } from "./support/hub-moderation";

// A workshop's whole life through the pages: staff create and publish it with one seat; a
// member applies from the event page and staff accept; the member sees the decision and the
// email. A second member applies and is wait-listed; the first withdraws, the second is
// offered the seat by email and takes it.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 240_000 });

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const page = await context.newPage();
  await signInAs(page, email, password);
  return page;
}

async function applyFromEventPage(page: Page, slug: string, title: string, role: string) {
  await page.goto(`/events/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // "Apply — open until …", or "Full — join the waiting list" once the seat is taken.
  await page.getByRole("link", { name: /^(Apply|Full) — / }).click();
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: `Apply for ${title}` })).toBeVisible();
  await main.getByLabel("Your role").fill(role);
  await main.getByLabel("Your hub").fill("Kvart Collective");
  await main.getByLabel("What you want to bring").fill("Our open studio days and what they taught us.");
  await main.getByLabel("What you want to take away").fill("Ways to welcome a visiting peer.");
  await main.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL("/account/applications?notice=pending");
  await expect(main.getByRole("article", { name: title }).getByText("Waiting for a decision")).toBeVisible();
}

const statusOf = async (eventId: string, email: string) =>
  (
    await db.query(`SELECT a."status" FROM "EventApplication" a JOIN "User" u ON u."id" = a."userId" WHERE a."eventId" = $1 AND u."email" = $2`, [eventId, email])
  ).rows[0]?.status;

test("staff publish a workshop, a member applies and is accepted; when they withdraw, the waiting member takes the seat", async ({ page: staff, browser }) => {
  const title = `Hosting a Peer ${shortTag()}`;
  const [ada, ben] = await Promise.all([createAccount(`Ada Journey ${shortTag()}`), createAccount(`Ben Journey ${shortTag()}`)]);

  await test.step("staff create the workshop with one seat and publish it", async () => {
    await signInAs(staff, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
    await staff.goto("/admin/events/new");
    await staff.getByLabel("Kind of event").selectOption("workshop");
    await staff.getByLabel("Title").fill(title);
    await staff.getByLabel("Summary").fill("One day on hosting a peer from another hub: planning the weeks, welcoming, learning from each other.");
    await staff.getByLabel(/^First day/).fill(isoDaysFromNow(60));
    await staff.getByLabel(/^Last day/).fill(isoDaysFromNow(60));
    await staff.getByLabel("Time zone").selectOption("Europe/Madrid");
    await staff.getByLabel("Town or city").fill("Madrid");
    await staff.getByLabel("Country").selectOption("ES");
    await staff.getByLabel(/^Seats/).fill("1");
    await staff.getByLabel("Applications close on").fill(isoDaysFromNow(40));
    await staff.getByRole("button", { name: "Save as draft" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    await staff.getByRole("button", { name: "Publish…" }).click();
    await staff.getByRole("button", { name: "Yes, publish it" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Published: the event is now on the public site." })).toBeVisible();
  });
  const { rows } = await db.query(`SELECT "id", "slug" FROM "Event" WHERE "title" = $1`, [title]);
  const event = rows[0] as { id: string; slug: string };

  const adaPage = await signedIn(browser, ada.email, ada.password);
  await test.step("Ada finds it on the events page and applies", async () => {
    // Filtered to Spanish workshops: other tests' events can push it past the first page of all.
    await openUntilShown(adaPage, "/events?kind=workshop&country=ES", (p) => p.getByRole("link", { name: title }));
    await adaPage.getByRole("link", { name: title }).click();
    await expect(adaPage).toHaveURL(`/events/${event.slug}`);
    await applyFromEventPage(adaPage, event.slug, title, "Programme lead");
  });

  await test.step("staff accept Ada with a message", async () => {
    await staff.goto(`/admin/events/${event.id}/applications`);
    const card = staff.getByRole("article", { name: ada.name });
    await card.getByLabel(`Message to ${ada.name}`).fill("See you in Madrid.");
    await card.getByRole("button", { name: "Accept" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "1 application accepted. We emailed the applicant." })).toBeVisible();
  });

  await test.step("Ada sees the decision on her page, on the event page and in her email", async () => {
    await adaPage.goto("/account/applications");
    await expect(adaPage.getByRole("article", { name: title }).getByText("Accepted", { exact: true })).toBeVisible();
    await expect(adaPage.getByRole("article", { name: title })).toContainText("See you in Madrid.");
    const email = await latestEmailTo(ada.email, { containing: "You have a place" });
    expect(email.text).toContain("See you in Madrid.");
    await adaPage.goto(`/events/${event.slug}`);
    await expect(adaPage.getByText("Your application has been accepted: you have a place.")).toBeVisible();
  });

  const benPage = await signedIn(browser, ben.email, ben.password);
  await test.step("Ben applies to the full workshop, and staff put him on the waiting list", async () => {
    await benPage.goto(`/events/${event.slug}`);
    await expect(benPage.getByRole("link", { name: "Full — join the waiting list" })).toBeVisible();
    await applyFromEventPage(benPage, event.slug, title, "Community manager");
    await staff.goto(`/admin/events/${event.id}/applications`);
    await staff.getByRole("article", { name: ben.name }).getByRole("button", { name: "Wait-list" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "wait-listed" })).toBeVisible();
    expect(await statusOf(event.id, ben.email)).toBe("waitlisted");
  });

  await test.step("Ada withdraws: Ben is offered the seat by email and takes it", async () => {
    await adaPage.goto("/account/applications");
    await adaPage.getByRole("link", { name: `Withdraw from ${title}` }).click();
    await adaPage.getByRole("button", { name: "Yes, withdraw" }).click();
    await expect(adaPage.getByRole("article", { name: title }).getByText("Withdrawn", { exact: true })).toBeVisible();
    expect(await statusOf(event.id, ben.email)).toBe("offered");

    const offer = await latestEmailTo(ben.email, { containing: "A seat is free for you" });
    expect(offer.text).toContain("72 hours");
    await benPage.goto("/account/applications");
    const main = benPage.getByRole("main");
    await expect(main.getByText(/^A seat is offered to you until .+ \(UTC\)$/)).toBeVisible();
    await main.getByRole("button", { name: `Take the seat at ${title}` }).click();
    await expect(main.getByRole("article", { name: title }).getByText("Accepted", { exact: true })).toBeVisible();
    expect(await statusOf(event.id, ben.email)).toBe("accepted");
    expect(await statusOf(event.id, ada.email)).toBe("withdrawn");
  });
});
