import ICAL from "ical.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, signInAs, test } from "./support";
import { insertCancelledEvent } from "./support/public-events";

// A visitor finds an event on /events, reads its page, sees whether they can still apply
// and adds it to their calendar. Runs on the demo events (prisma/seed/events.ts): a workshop
// in Lisbon taking applications, a meet-up in Berlin taking registrations and a draft forum.

const expect = baseExpect.configure({ timeout: 15_000 });

const WORKSHOP = { slug: "demo-workshop-telling-your-hubs-story", title: "Telling your hub's story" };
const MEETUP = { slug: "demo-meetup-hosting-a-p2p-exchange", title: "Hosting a peer-to-peer exchange" };

test("a visitor filters the events, opens one, sees how to apply and adds it to a calendar", async ({ page }) => {
  await page.goto("/events");
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  const filters = page.getByRole("search", { name: "Filter events" });
  const upcoming = page.getByRole("region", { name: "Upcoming events" });

  // Other specs add upcoming workshops in Germany, Spain and Austria as they run: Portugal
  // holds only the demo workshop, so the filters below find it on the first page whatever ran.
  await test.step("filters by kind and country; the filters go into the address", async () => {
    await filters.getByLabel("Kind of event").selectOption({ label: "Skills Workshop" });
    await filters.getByLabel("Country").selectOption({ label: "Portugal" });
    await filters.getByRole("button", { name: "Show events" }).click();
    await expect(page).toHaveURL(/\/events\?kind=workshop&country=PT$/);
    await expect(filters.getByLabel("Kind of event")).toHaveValue("workshop");
    await expect(upcoming.getByRole("link", { name: WORKSHOP.title })).toBeVisible();
    await expect(upcoming.getByRole("link", { name: MEETUP.title })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Creative Hubs Forum (draft)" })).toHaveCount(0);
    const card = upcoming.getByRole("listitem").filter({ hasText: WORKSHOP.title });
    await expect(card).toContainText(/Applications are open until \d+ \w+ \d{4}\./);

    await filters.getByLabel("Kind of event").selectOption({ label: "Event" });
    await filters.getByLabel("Country").selectOption({ label: "Germany" });
    await filters.getByRole("button", { name: "Show events" }).click();
    await expect(page).toHaveURL(/\/events\?kind=other&country=DE$/);
    await expect(upcoming.getByRole("link", { name: MEETUP.title })).toBeVisible();

    await filters.getByLabel("Country").selectOption({ label: "Serbia" });
    await filters.getByRole("button", { name: "Show events" }).click();
    await expect(page).toHaveURL(/\/events\?kind=other&country=RS$/);
    await expect(page.getByText("No event matches these filters.")).toBeVisible();
    await page.getByRole("link", { name: "see every event" }).click();
    await expect(page).toHaveURL(/\/events$/);
    await page.goto("/events?country=PT");
  });

  await test.step("opens an event: its details and the button in its state", async () => {
    await upcoming.getByRole("link", { name: WORKSHOP.title }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${WORKSHOP.slug}$`));
    await expect(page.getByRole("heading", { level: 1, name: WORKSHOP.title })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Day one: finding the story" })).toBeVisible();
    await expect(page.getByText("Rua do Açúcar 12, 1950-010 Lisboa")).toBeVisible();
    await expect(page.getByText(/^09:30 to 17:00|^From 09:30 on .* to 17:00 on .*\(Europe\/Lisbon\)$/)).toBeVisible();
    await expect(page.getByText(/^24 places: \d+ left\.$/)).toBeVisible();
    const apply = page.getByRole("link", { name: /^Apply — open until \d+ \w+ \d{4}$/ });
    await expect(apply).toHaveAttribute("href", `/events/${WORKSHOP.slug}/apply`);
  });

  await test.step("downloads the event for a calendar app", async () => {
    const link = page.getByRole("link", { name: "Add to calendar (.ics)" });
    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${WORKSHOP.slug}.ics"`);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const [vevent] = calendar.getAllSubcomponents("vevent");
    expect(vevent?.getFirstPropertyValue("summary")).toBe(WORKSHOP.title);
    expect(vevent?.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Lisbon");
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Lisbon");
    const download = page.waitForEvent("download");
    await link.click();
    expect((await download).suggestedFilename()).toBe(`${WORKSHOP.slug}.ics`);
  });

  await test.step("a registration event names its host hub and offers to register", async () => {
    await page.goto(`/events/${MEETUP.slug}`);
    await expect(page.getByRole("link", { name: "betahaus Berlin" })).toHaveAttribute("href", "/hubs/betahaus-berlin");
    await expect(page.getByRole("link", { name: /^Register — open until \d+ \w+ \d{4}$/ })).toBeVisible();
  });
});

test("someone who has applied sees their application instead of the button", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.member2, DEMO_PASSWORD);
  await page.goto(`/events/${WORKSHOP.slug}`);
  await expect(page.getByText("You have applied. Your application is waiting for a decision.")).toBeVisible();
  await expect(page.getByRole("link", { name: "See your applications" })).toHaveAttribute("href", "/account/applications");
  await expect(page.getByRole("link", { name: /^Apply — / })).toHaveCount(0);
});

test("a cancelled event stays visible, says so and takes no applications; a draft is not found", async ({ page }) => {
  const cancelled = await insertCancelledEvent();
  // Written straight into the database, so the cached unfiltered list has not heard of it
  // yet (it catches up within a minute); a filtered list is read fresh.
  await page.goto("/events?country=AT");
  const card = page.getByRole("region", { name: "Upcoming events" }).getByRole("listitem").filter({ hasText: cancelled.title });
  await expect(card.getByText("Cancelled", { exact: true })).toBeVisible();
  await card.getByRole("link", { name: cancelled.title }).click();
  await expect(page.getByText("This event has been cancelled.")).toBeVisible();
  await expect(page.getByText("The venue closed for repairs. We hope to run the workshop in the spring.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Taking part" }).getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Apply — / })).toHaveCount(0);

  const feed = await page.request.get("/events/calendar.ics");
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents("vevent");
  expect(events.find((v) => v.getFirstPropertyValue("summary") === cancelled.title)?.getFirstPropertyValue("status")).toBe("CANCELLED");
  expect(events.some((v) => v.getFirstPropertyValue("summary") === "Creative Hubs Forum (draft)")).toBe(false);

  const draft = await page.goto("/events/demo-forum-2027-draft");
  expect(draft?.status()).toBe(404);
  expect((await page.request.get("/events/demo-forum-2027-draft/event.ics")).status()).toBe(404);
});
