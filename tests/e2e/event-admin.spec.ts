import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, errorBeside, expect as baseExpect, latestEmailTo, openUntilShown, signInAs, test } from "./support";
import { insertApplication, insertEvent, isoDaysFromNow, shortTag } from "./support/event-admin";
import { createAccount } from "./support/hub-moderation";

// Staff run the programme: they create a workshop (the form refuses an end before the
// start and keeps what was typed), preview the draft and publish it; they review the
// applications one by one and in bulk, download the applicants, and cancel an event.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

test("staff create a workshop, preview the draft and publish it", async ({ page }) => {
  const title = `Skills for Hub Hosts ${shortTag()}`;
  await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
  await page.goto("/admin/events");
  await page.getByRole("link", { name: "New event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New event" })).toBeVisible();

  await test.step("a last day before the first is refused beside the field, with the values kept", async () => {
    await page.getByLabel("Kind of event").selectOption("workshop");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Summary").fill("Two days on hosting peers from other hubs: planning, welcoming and learning from each other.");
    await page.getByLabel("Programme").fill("## Day one\n- Planning a placement");
    await page.getByLabel(/^First day/).fill(isoDaysFromNow(90));
    await page.getByLabel(/^Last day/).fill(isoDaysFromNow(89));
    await page.getByLabel("Time zone").selectOption("Europe/Madrid");
    await page.getByLabel("Town or city").fill("Madrid");
    await page.getByLabel("Country").selectOption("ES");
    await page.getByLabel(/^Seats/).fill("20");
    await page.getByLabel("Applications close on").fill(isoDaysFromNow(70));
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("alert").first()).toHaveText("Please correct the highlighted fields.");
    await expect(await errorBeside(page.getByLabel(/^Last day/))).toHaveText("The event cannot end before it starts: the last day must be on or after the first.");
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await expect(page.getByLabel(/^Seats/)).toHaveValue("20");
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Event" WHERE "title" = $1`, [title]);
    expect(rows[0].n).toBe(0);
  });

  await test.step("corrected, it is saved as a draft", async () => {
    await page.getByLabel(/^Last day/).fill(isoDaysFromNow(91));
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/events\/[^/]+\/edit\?notice=created$/);
  });
  const { rows } = await db.query(`SELECT "id", "slug", "status" FROM "Event" WHERE "title" = $1`, [title]);
  const event = rows[0] as { id: string; slug: string; status: string };
  expect(event.status).toBe("draft");

  await test.step("the draft is not public, and the preview shows it to staff", async () => {
    await page.goto("/events");
    await expect(page.getByText(title)).toHaveCount(0);
    await page.goto(`/admin/events/${event.id}/preview`);
    await expect(page.getByRole("heading", { level: 1, name: `Preview: ${title}` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  });

  await test.step("published after confirming, it is on the public events list", async () => {
    await page.getByRole("button", { name: "Publish…" }).click();
    await expect(page.getByRole("heading", { name: "Publish this event?" })).toBeVisible();
    await page.getByRole("button", { name: "Yes, publish it" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published: the event is now on the public site." })).toBeVisible();
    const after = await db.query(`SELECT "status", "publishedAt" FROM "Event" WHERE "id" = $1`, [event.id]);
    expect(after.rows[0].status).toBe("published");
    expect(after.rows[0].publishedAt).not.toBeNull();
    // Filtered to Spanish workshops: other tests' events can push it past the first page of all.
    await openUntilShown(page, "/events?kind=workshop&country=ES", (p) => p.getByRole("heading", { name: title }));
    await page.goto(`/events/${event.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });
});

test("staff accept an application, wait-list two in bulk, download the list and cancel the event", async ({ page }) => {
  const event = await insertEvent({ capacity: 5 });
  const [ada, ben, cleo] = await Promise.all([createAccount(`Ada ${shortTag()}`), createAccount(`Ben ${shortTag()}`), createAccount(`Cleo ${shortTag()}`)]);
  for (const person of [ada, ben, cleo]) await insertApplication(event.id, person.id);
  await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
  await page.goto(`/admin/events/${event.id}/applications`);
  await expect(page.getByRole("link", { name: "Waiting for a decision (3)" })).toBeVisible();

  await test.step("accepting Ada with a message emails her the decision and the message", async () => {
    const card = page.getByRole("article", { name: ada.name });
    await card.getByLabel(`Message to ${ada.name}`).fill("We would love to hear about your newsletter.");
    await card.getByRole("button", { name: "Accept" }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 application accepted. We emailed the applicant." })).toBeVisible();
    const email = await latestEmailTo(ada.email, { containing: "You have a place" });
    expect(email.text).toContain("We would love to hear about your newsletter.");
    expect(email.text).toContain("What comes next:");
  });

  await test.step("Ben and Cleo are wait-listed together after a confirmation naming them", async () => {
    await page.getByLabel(`Choose ${ben.name}`).check();
    await page.getByLabel(`Choose ${cleo.name}`).check();
    await page.getByLabel("Decision", { exact: true }).selectOption("waitlist");
    await page.getByRole("button", { name: "Continue…" }).click();
    const confirm = page.getByRole("form", { name: "Wait-list 2 applications?" });
    // In the list's order: by time of application, which two rows written in one millisecond share.
    await expect(confirm.getByRole("listitem")).toHaveCount(2);
    const named = (await confirm.getByRole("listitem").allTextContents()).sort();
    expect(named).toEqual([`${ben.name} (waiting for a decision)`, `${cleo.name} (waiting for a decision)`]);
    await confirm.getByRole("button", { name: "Wait-list 2 applications" }).click();
    await expect(page.getByRole("status").filter({ hasText: "2 applications wait-listed. We emailed each applicant." })).toBeVisible();
    const { rows } = await db.query(`SELECT "status", count(*)::int AS n FROM "EventApplication" WHERE "eventId" = $1 GROUP BY "status" ORDER BY "status"`, [event.id]);
    expect(rows).toEqual([{ status: "accepted", n: 1 }, { status: "waitlisted", n: 2 }]);
    await latestEmailTo(ben.email, { containing: "waiting list" });
  });

  await test.step("the CSV of the waiting list holds Ben and Cleo", async () => {
    await page.getByRole("link", { name: "On the waiting list (2)" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "On the waiting list" })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download these applicants (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe(`applicants-${event.slug}-${new Date().toISOString().slice(0, 10)}.csv`);
    const csv = (await (await download.createReadStream()).toArray()).join("");
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("name,email,status,role,hub,bring,take_away,needs,applied_at,decided_at,decision_message");
    expect(lines).toHaveLength(3);
    expect(csv).toContain(ben.email);
    expect(csv).toContain(cleo.email);
    expect(csv).not.toContain(ada.email);
  });

  await test.step("cancelling needs a message, then tells everyone", async () => {
    await page.goto(`/admin/events/${event.id}/edit`);
    await page.getByRole("button", { name: "Cancel the event…" }).click();
    const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Cancel this event?" }) });
    await form.getByRole("button", { name: "Cancel the event" }).click();
    await expect(await errorBeside(form.getByLabel("Message to the applicants and on the event page"))).toContainText("why the event is cancelled");
    await form.getByLabel("Message to the applicants and on the event page").fill("The venue has closed for repairs; we will announce new dates soon.");
    await form.getByRole("button", { name: "Cancel the event" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Cancelled. The event page says so, with your message. We emailed 3 applicants." })).toBeVisible();
    for (const person of [ada, ben, cleo]) {
      const email = await latestEmailTo(person.email, { containing: "Cancelled:" });
      expect(email.text).toContain("The venue has closed for repairs");
    }
  });
});
