import { db, errorBeside, expect as baseExpect, latestEmailTo, signIn, signInAs, test, visitorIp } from "./support";
import { insertOpenEvent } from "./support/event-applications";
import { createAccount } from "./support/hub-moderation";

// A member applies to a workshop, finds the application on their own page, changes it and
// withdraws it; registering for a meet-up confirms the seat at once. Each test signs up a
// member of its own (the demo member2 already has an application to the workshop).

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const WORKSHOP = { slug: "demo-workshop-telling-your-hubs-story", title: "Telling your hub's story" };
const MEETUP = { slug: "demo-meetup-hosting-a-p2p-exchange", title: "Hosting a peer-to-peer exchange" };

async function applicationOf(email: string, slug: string) {
  const { rows } = await db.query(
    `SELECT a."status", a."role", a."hubName", a."needs" FROM "EventApplication" a JOIN "User" u ON u."id" = a."userId" JOIN "Event" e ON e."id" = a."eventId"
      WHERE u."email" = $1 AND e."slug" = $2`,
    [email, slug],
  );
  return rows;
}

test("a member applies to a workshop, changes the application and withdraws it", async ({ page }) => {
  const member = await createAccount("Ana Applicant");

  await test.step("a visitor is sent to sign in and brought back to the form", async () => {
    await page.goto(`/events/${WORKSHOP.slug}/apply`);
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(`/events/${WORKSHOP.slug}/apply`)}`);
    await signIn(page, member.email, member.password);
    await expect(page).toHaveURL(`/events/${WORKSHOP.slug}/apply`);
  });

  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: `Apply for ${WORKSHOP.title}` })).toBeVisible();
  await expect(main.getByText(/^Applications are open until \d+ \w+ \d{4}\.$/)).toBeVisible();

  await test.step("a missing answer is shown beside its field, with the rest kept", async () => {
    await main.getByLabel("Your role").fill("Programme lead");
    await main.getByLabel("Your hub").fill("Kvart Collective");
    await main.getByLabel("What you want to bring").fill("How we run open studio days.");
    await main.getByRole("button", { name: "Apply" }).click();
    await expect(main.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
    await expect(await errorBeside(main.getByLabel("What you want to take away"))).toHaveText("Tell us what you would like to take away.");
    await expect(main.getByLabel("Your role")).toHaveValue("Programme lead");
    await expect(main.getByLabel("What you want to bring")).toHaveValue("How we run open studio days.");
    expect(await applicationOf(member.email, WORKSHOP.slug)).toEqual([]);
  });

  await test.step("sent complete, the application is waiting for a decision", async () => {
    await main.getByLabel("What you want to take away").fill("A plan for telling our members' stories.");
    await main.getByLabel("Accessibility or dietary needs").fill("Vegetarian meals, please.");
    await main.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL("/account/applications?notice=pending");
    await expect(main.getByRole("status")).toContainText("your application is in");
    const card = main.getByRole("article", { name: WORKSHOP.title });
    await expect(card.getByText("Waiting for a decision")).toBeVisible();
    await expect(card.getByRole("link", { name: WORKSHOP.title, exact: true })).toHaveAttribute("href", `/events/${WORKSHOP.slug}`);
    expect(await applicationOf(member.email, WORKSHOP.slug)).toEqual([{ status: "pending", role: "Programme lead", hubName: "Kvart Collective", needs: "Vegetarian meals, please." }]);
    expect((await latestEmailTo(member.email)).subject).toBe(`We have your application: ${WORKSHOP.title}`);
  });

  await test.step("the apply page now says it was sent, rather than offering the form again", async () => {
    await page.goto(`/events/${WORKSHOP.slug}/apply`);
    await expect(main.getByRole("heading", { name: /^You applied on/ })).toBeVisible();
    await expect(main.getByRole("button", { name: "Apply" })).toHaveCount(0);
  });

  await test.step("the member changes their answers", async () => {
    await page.goto("/account/applications");
    await main.getByRole("link", { name: `Change your answers for ${WORKSHOP.title}` }).click();
    await expect(main.getByRole("heading", { level: 1, name: "Change your application" })).toBeVisible();
    await expect(main.getByLabel("Your role")).toHaveValue("Programme lead");
    await main.getByLabel("Your role").fill("Co-director");
    await main.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL("/account/applications?notice=updated");
    await expect(main.getByRole("status")).toHaveText("Your changes are saved.");
    expect((await applicationOf(member.email, WORKSHOP.slug))[0]).toMatchObject({ status: "pending", role: "Co-director" });
  });

  await test.step("withdrawing asks first; saying no changes nothing, saying yes withdraws", async () => {
    await main.getByRole("link", { name: `Withdraw from ${WORKSHOP.title}` }).click();
    await expect(main.getByRole("heading", { name: `Withdraw from “${WORKSHOP.title}”?` })).toBeVisible();
    await main.getByRole("link", { name: "No, keep it" }).click();
    await expect(page).toHaveURL("/account/applications");
    expect((await applicationOf(member.email, WORKSHOP.slug))[0]).toMatchObject({ status: "pending" });

    await main.getByRole("link", { name: `Withdraw from ${WORKSHOP.title}` }).click();
    await main.getByRole("button", { name: "Yes, withdraw" }).click();
    await expect(page).toHaveURL("/account/applications?notice=withdrawn");
    await expect(main.getByRole("article", { name: WORKSHOP.title }).getByText("Withdrawn", { exact: true })).toBeVisible();
    expect((await applicationOf(member.email, WORKSHOP.slug))[0]).toMatchObject({ status: "withdrawn" });
    expect((await latestEmailTo(member.email)).subject).toBe(`Withdrawn: ${WORKSHOP.title}`);
  });
});

test("registering for a meet-up confirms the seat at once", async ({ page }) => {
  const member = await createAccount("Rui Registrant");
  await signInAs(page, member.email, member.password);
  await page.goto(`/events/${MEETUP.slug}/apply`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: `Register for ${MEETUP.title}` })).toBeVisible();
  await expect(main.getByText(/^Registration is open until/)).toBeVisible();
  await main.getByLabel("Your role").fill("Host at a small print studio");
  await main.getByLabel("What you want to bring").fill("Our first exchange, good and bad.");
  await main.getByLabel("What you want to take away").fill("How other hubs plan the weeks.");
  await main.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL("/account/applications?notice=registered");
  await expect(main.getByRole("status")).toContainText("You are registered");
  await expect(main.getByRole("article", { name: MEETUP.title }).getByText("Registered", { exact: true })).toBeVisible();
  expect(await applicationOf(member.email, MEETUP.slug)).toEqual([expect.objectContaining({ status: "registered" })]);
  expect((await latestEmailTo(member.email)).subject).toBe(`You are registered: ${MEETUP.title}`);
});

test("a member with no application yet is pointed to the events", async ({ page }) => {
  const member = await createAccount("Nia Newcomer");
  await signInAs(page, member.email, member.password);
  await page.getByRole("link", { name: "Your applications" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your applications" })).toBeVisible();
  await expect(page.getByText("You have not applied to an event yet")).toBeVisible();
  await page.getByRole("link", { name: "see what is coming up" }).click();
  await expect(page).toHaveURL("/events");
});

test("beyond capacity a member joins the waiting list, and takes the seat when the holder withdraws", async ({ page, browser }) => {
  const title = "One-seat workshop";
  const slug = await insertOpenEvent({ participation: "registration", capacity: 1, title });
  const [holder, waiting] = [await createAccount("Hana Holder"), await createAccount("Wim Waiting")];
  const main = page.getByRole("main");
  const register = async () => {
    await main.getByLabel("Your role").fill("Maker");
    await main.getByLabel("What you want to bring").fill("A toolkit.");
    await main.getByLabel("What you want to take away").fill("New friends.");
  };

  await test.step("the holder takes the only seat", async () => {
    await signInAs(page, holder.email, holder.password);
    await page.goto(`/events/${slug}/apply`);
    await register();
    await main.getByRole("button", { name: "Register" }).click();
    await expect(page).toHaveURL("/account/applications?notice=registered");
  });

  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const otherPage = await other.newPage();
  const otherMain = otherPage.getByRole("main");
  await test.step("the next person is told every seat is taken, and joins the waiting list", async () => {
    await signInAs(otherPage, waiting.email, waiting.password);
    await otherPage.goto(`/events/${slug}/apply`);
    await expect(otherMain.getByText(/Every seat is taken: you can join the waiting list\.$/)).toBeVisible();
    await otherMain.getByLabel("Your role").fill("Designer");
    await otherMain.getByLabel("What you want to bring").fill("Sketches.");
    await otherMain.getByLabel("What you want to take away").fill("Feedback.");
    await otherMain.getByRole("button", { name: "Join the waiting list" }).click();
    await expect(otherPage).toHaveURL("/account/applications?notice=waitlisted");
    await expect(otherMain.getByText("On the waiting list — number 1")).toBeVisible();
  });

  await test.step("the holder withdraws: the seat is offered to the waiting person by email", async () => {
    await main.getByRole("link", { name: `Withdraw from ${title}` }).click();
    await main.getByRole("button", { name: "Yes, withdraw" }).click();
    await expect(page).toHaveURL("/account/applications?notice=withdrawn");
    expect((await latestEmailTo(waiting.email, { containing: "A seat is free for you" })).subject).toBe(`A seat is free for you: ${title}`);
  });

  await test.step("the waiting person takes the seat", async () => {
    await otherPage.goto("/account/applications");
    await expect(otherMain.getByText(/^A seat is offered to you until .+ \(UTC\)$/)).toBeVisible();
    await otherMain.getByRole("button", { name: `Take the seat at ${title}` }).click();
    await expect(otherPage).toHaveURL("/account/applications?notice=seat-taken");
    await expect(otherMain.getByRole("article", { name: title }).getByText("Registered", { exact: true })).toBeVisible();
    expect(await applicationOf(waiting.email, slug)).toEqual([expect.objectContaining({ status: "registered" })]);
  });
  await other.close();
});
