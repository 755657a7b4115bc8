import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, latestEmailTo, openUntilShown, signInAs, test } from "./support";
import { shortTag } from "./support/event-admin";
import { signedInPerson } from "./support/sessions";
import { createAccount, type Account } from "./support/hub-moderation";
import { addPanelists, insertAcceptedApplication, insertReviewRound } from "./support/p2p-review";

// A P2P exchange from the panel to its published story, through the pages: staff let the site
// assign two reviewers; one declares a conflict and the site replaces them; the two others score;
// staff select the exchange within the budget, read the results' emails and release them; the
// applicant accepts the grant agreement and, once the exchange is over, sends the report with a
// photo; staff ask for a change, then approve it and record the payment; the story drafted from
// the report is published, and both hubs' pages link to it. The emails go out at each step.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 180_000 });

/** A page of `account`'s own, signed in. */
const signedIn = async (browser: Browser, account: { email: string; password: string }): Promise<Page> => (await signedInPerson(browser, account)).page;

/** The reviewer's open assignments in the round, by reviewer: what "Assign for me" and the replacement made. */
async function assignmentsOf(applicationId: string) {
  const { rows } = await db.query<{ id: string; reviewerId: string; status: string }>(`SELECT "id", "reviewerId", "status" FROM "P2PAssignment" WHERE "applicationId" = $1`, [applicationId]);
  return rows;
}

/** Scores every criterion of the rubric (E2E_RUBRIC) and saves. */
async function score(page: Page, values: [string, string, string], comment: string) {
  for (const [criterion, value] of [["Relevance", values[0]], ["Quality of the plan", values[1]], ["Impact", values[2]]] as const) {
    await page.getByRole("group", { name: criterion }).getByLabel(value).check();
  }
  await page.getByLabel("Comment").fill(comment);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Your review is saved.")).toBeVisible();
}

test("a panel reviews an exchange, staff select and release it, the applicant signs and reports, staff approve and pay, and its story links both hubs", async ({ page: staff, browser }) => {
  const tag = shortTag();
  const started = new Date();
  const [applicant, hostOwner, ann, ben, cleo] = await Promise.all([
    createAccount(`Ada Applicant ${tag}`),
    createAccount(`Hugo Host ${tag}`),
    createAccount(`Ann Reviewer ${tag}`),
    createAccount(`Ben Reviewer ${tag}`),
    createAccount(`Cleo Reviewer ${tag}`),
  ]);
  const reviewers: Record<string, Account> = { [ann.id]: ann, [ben.id]: ben, [cleo.id]: cleo };
  const round = await insertReviewRound(`Review round ${tag}`, 2000);
  const application = await insertAcceptedApplication(round.id, { applicantId: applicant.id, hostOwnerId: hostOwner.id }, { visiting: `Canal Print ${tag}`, host: `Douro Lab ${tag}` });
  await addPanelists(round.id, [ann.id, ben.id, cleo.id]);
  const exchange = `${application.visiting.name} → ${application.host.name}`;
  const applicationUrl = `/account/p2p/applications/${application.id}`;
  let declared: Account;

  await test.step("staff let the site assign two reviewers", async () => {
    await signInAs(staff, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
    await staff.goto(`/admin/p2p/rounds/${round.id}/panel`);
    await expect(staff.getByText("1 application is short of the 2 reviewers each needs.")).toBeVisible();
    await staff.getByRole("button", { name: "Assign for me" }).click();
    await expect(staff.getByText("Every application the host agreed to has its 2 reviewers.")).toBeVisible();
    const assigned = await assignmentsOf(application.id);
    expect(assigned.map((a) => a.status)).toEqual(["assigned", "assigned"]);
    declared = reviewers[assigned[0]!.reviewerId]!;
  });

  await test.step("a reviewer declares a conflict on the conflict step, and the site gives the application to the third", async () => {
    const page = await signedIn(browser, declared);
    await page.goto("/review");
    await expect(page.getByRole("heading", { level: 2, name: round.name })).toBeVisible();
    await page.getByRole("link", { name: "Check for a conflict" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Any conflict of interest?" })).toBeVisible();
    await expect(page.getByText(application.host.name)).toBeVisible();
    // Nothing of the application shows before the step is answered.
    await expect(page.getByText("Programme lead")).toHaveCount(0);
    await page.getByLabel("What is the conflict?").fill("I mentored Douro Lab's founders last year.");
    await page.getByRole("button", { name: "Declare the conflict" }).click();
    await expect(page.getByText("Conflict declared. Another panelist will review that application.")).toBeVisible();
    await expect(page.getByText("Nothing to review")).toBeVisible();
    await page.context().close();

    const now = await assignmentsOf(application.id);
    expect(now.find((a) => a.reviewerId === declared.id)?.status).toBe("conflict");
    expect(now.filter((a) => a.status === "assigned")).toHaveLength(2);
    await staff.reload();
    const conflicts = staff.getByRole("region", { name: "Declared conflicts" });
    await expect(conflicts.getByText("I mentored Douro Lab's founders last year.")).toBeVisible();
    await expect(conflicts.getByText(/Replaced by .* \(by the site\)\./)).toBeVisible();
  });

  await test.step("the two other reviewers confirm they have no conflict and score; each then sees the other's review", async () => {
    const scorers = (await assignmentsOf(application.id)).filter((a) => a.status === "assigned").map((a) => reviewers[a.reviewerId]!);
    for (const [i, reviewer] of scorers.entries()) {
      const page = await signedIn(browser, reviewer);
      await page.goto("/review");
      await page.getByRole("link", { name: "Check for a conflict" }).click();
      await page.getByRole("button", { name: "I have no conflict: open the application" }).click();
      await expect(page.getByRole("heading", { level: 1, name: `${application.visiting.name} visiting ${application.host.name}` })).toBeVisible();
      // Reviewers never read the accessibility needs.
      await expect(page.getByText("Step-free access")).toHaveCount(0);
      await score(page, i === 0 ? ["4 – Very good", "4 – Very good", "3 – Good"] : ["5 – Excellent", "3 – Good", "4 – Very good"], `A clear plan that both hubs gain from (${i + 1}).`);
      // 4·2 + 4 + 3 = 15 of 20 → 75; 5·2 + 3 + 4 = 17 of 20 → 85.
      await expect(page.getByText(`Total: ${i === 0 ? 75 : 85} out of 100`)).toBeVisible();
      const others = page.getByRole("region", { name: "The other reviewers" });
      await expect(i === 0 ? others.getByText("No other reviewer has submitted a review yet.") : others.getByText("A clear plan that both hubs gain from (1).")).toBeVisible();
      await page.context().close();
    }
  });

  await test.step("staff select the exchange on the ranking page, within the budget", async () => {
    await staff.goto(`/admin/p2p/rounds/${round.id}/ranking`);
    const budget = staff.getByRole("region", { name: "Budget" });
    await expect(budget).toContainText("€0 in selected grants (visiting and host) of €2,000 (0 %); €2,000 left.");
    const row = staff.getByRole("row", { name: new RegExp(exchange) });
    await expect(row).toContainText("80.0");
    await expect(row).toContainText("2 of 2 reviews");
    await row.getByRole("group", { name: `Decision for ${exchange}` }).getByRole("button", { name: "Select", exact: true }).click();
    // EUR 1,175 for the visiting hub and EUR 500 for the host: 84 % of the budget.
    await expect(budget).toContainText("€1,675 in selected grants (visiting and host) of €2,000 (84 %); €325 left.");
    await expect(row.getByRole("button", { name: "Select", exact: true })).toHaveAttribute("aria-pressed", "true");
  });

  await test.step("staff read the results' emails as they will go, then release them", async () => {
    await staff.goto(`/admin/p2p/rounds/${round.id}/outbox`);
    const toApplicant = staff.getByRole("article", { name: `Email to ${applicant.email}` });
    await expect(toApplicant).toContainText(`Selected: your P2P exchange to ${application.host.name}`);
    await expect(toApplicant).toContainText(applicationUrl);
    await expect(staff.getByRole("article", { name: `Email to ${hostOwner.email}` })).toContainText(`Selected: the P2P exchange with ${application.visiting.name}`);
    await staff.getByRole("button", { name: "Release the results…" }).click();
    await staff.getByRole("button", { name: "Release and send" }).click();
    await expect(staff.getByText("The results were released on", { exact: false })).toBeVisible();
    const email = await latestEmailTo(applicant.email, { since: started, containing: "Selected:" });
    expect(email.text).toContain(applicationUrl);
    await latestEmailTo(hostOwner.email, { since: started, containing: `Selected: the P2P exchange with ${application.visiting.name}` });
  });

  const ada = await signedIn(browser, applicant);
  await test.step("the applicant accepts the grant agreement with their typed name, and the timeline shows it", async () => {
    await ada.goto(applicationUrl);
    await expect(ada.getByText("Your exchange was selected.", { exact: false }).first()).toBeVisible();
    await expect(ada.getByRole("group", { name: "The agreement" })).toContainText(application.host.name);
    await ada.getByLabel("Your full name").fill(applicant.name);
    await ada.getByLabel("I have read the grant agreement above and I accept it").check();
    await ada.getByRole("button", { name: "Accept the agreement" }).click();
    await expect(ada.getByText("You accepted the grant agreement. We have emailed you a copy.")).toBeVisible();
    await expect(ada.getByRole("list", { name: /step/i })).toContainText("You accepted the grant agreement.");
    await expect(ada.getByText(`typing the name ${applicant.name}`)).toBeVisible();
    await latestEmailTo(applicant.email, { since: started, containing: `You accepted the grant agreement for ${application.host.name}` });
    await latestEmailTo(hostOwner.email, { since: started, containing: "will go ahead" });
  });

  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 30, g: 110, b: 160 } } }).png().toBuffer();
  await test.step("once the exchange is over, the applicant adds a photo with its description and sends the report", async () => {
    // The exchange took place: its five days end two days ago, and the report is due in twelve.
    await db.query(
      `UPDATE "P2PApplication" SET "startsOn" = current_date - 6, "endsOn" = current_date - 2, "reportDueOn" = current_date + 12 WHERE "id" = $1`,
      [application.id],
    );
    await ada.goto(`${applicationUrl}#report`);
    await expect(ada.getByRole("list", { name: /step/i })).toContainText("Your exchange began.");
    await ada.getByLabel("Photo", { exact: true }).setInputFiles({ name: "workshop.png", mimeType: "image/png", buffer: photo });
    await ada.getByLabel("Description of the photo").fill("Two printers pulling a poster off the press");
    await ada.getByRole("button", { name: "Add the photo" }).click();
    await expect(ada.getByText("The photo is added.")).toBeVisible();
    await expect(ada.getByRole("img", { name: "Two printers pulling a poster off the press" })).toBeVisible();

    await ada.getByLabel("What happened").fill("Five days in the print room: we set type, printed posters and ran an open evening.");
    await ada.getByLabel("Outcomes").fill("A shared poster series.");
    await ada.getByLabel("What comes next").fill("A return visit in the autumn.");
    await ada.getByLabel("Public summary").fill("Two print studios, one week, a poster series for both cities.");
    await ada.getByLabel("Travel tickets").check();
    await ada.getByRole("button", { name: "Send the report" }).click();
    await expect(ada.getByText("Your report has been sent. We have emailed you a receipt.")).toBeVisible();
    await latestEmailTo(applicant.email, { since: started, containing: `We have your report on the exchange at ${application.host.name}` });
  });

  await test.step("staff ask for a change with a message; the applicant reads it, changes the report and sends it again", async () => {
    await staff.goto(`/admin/p2p/applications/${application.id}`);
    await expect(staff.getByRole("img", { name: "Two printers pulling a poster off the press" })).toBeVisible();
    await staff.getByLabel(`What ${applicant.name} should change`).fill("Please say what the poster series is about, and where it will be shown.");
    await staff.getByRole("button", { name: "Ask for changes" }).click();
    await expect(staff.getByText("Changes last asked for")).toBeVisible();
    const email = await latestEmailTo(applicant.email, { since: started, containing: "Changes asked for" });
    expect(email.text).toContain("what the poster series is about");

    await ada.goto(`${applicationUrl}#report`);
    await expect(ada.getByText("Please say what the poster series is about, and where it will be shown.").first()).toBeVisible();
    await ada.getByLabel("Outcomes").fill("A shared poster series on the two rivers, shown in both studios' windows in the spring.");
    await ada.getByRole("button", { name: "Send the report" }).click();
    await expect(ada.getByText("Your report has been sent. We have emailed you a receipt.")).toBeVisible();
    await expect(ada.getByRole("list", { name: /step/i })).toContainText("Our team asked for changes to the report.");
  });

  let storySlug = "";
  await test.step("staff approve the report, record the payment, and publish the story drafted from it", async () => {
    await staff.goto(`/admin/p2p/applications/${application.id}`);
    await expect(staff.getByText("shown in both studios' windows")).toBeVisible();
    await staff.getByRole("button", { name: "Approve the report" }).click();
    await expect(staff.getByRole("heading", { level: 2, name: "Payment" })).toBeVisible();
    await latestEmailTo(applicant.email, { since: started, containing: "is approved" });

    await staff.getByLabel("Reference").fill(`E2E-${tag}`);
    await staff.getByRole("button", { name: "Record the payment" }).click();
    await expect(staff.getByText(`E2E-${tag}`)).toBeVisible();
    await expect(staff.getByText("€1,175 on")).toBeVisible();
    const paid = await latestEmailTo(applicant.email, { since: started, containing: "Your P2P grant has been paid" });
    expect(paid.text).toContain("€1,175");

    await staff.getByRole("link", { name: `${application.visiting.name} × ${application.host.name}` }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toContainText(application.visiting.name);
    // The draft's cover is the report's photo, described as the applicant described it.
    await expect(staff.getByLabel("Description of the picture")).toHaveValue("Two printers pulling a poster off the press");
    await staff.getByRole("button", { name: "Save and publish" }).click();
    await expect(staff.getByRole("button", { name: "Unpublish…" })).toBeVisible();
    const { rows } = await db.query<{ slug: string; status: string }>(`SELECT "slug", "status" FROM "Article" WHERE "p2pApplicationId" = $1`, [application.id]);
    expect(rows).toEqual([{ slug: expect.any(String), status: "published" }]);
    storySlug = rows[0]!.slug;
    const { rows: app } = await db.query(`SELECT "status", "paidCents" FROM "P2PApplication" WHERE "id" = $1`, [application.id]);
    expect(app[0]).toEqual({ status: "paid", paidCents: 117_500 });
  });

  await test.step("the story page shows the exchange, and both hubs' pages link to it", async () => {
    const storyPath = `/p2p/stories/${storySlug}`;
    await ada.goto(storyPath);
    await expect(ada.getByRole("heading", { level: 1, name: `${application.visiting.name} × ${application.host.name}` })).toBeVisible();
    await expect(ada.getByText("Two print studios, one week, a poster series for both cities.").first()).toBeVisible();
    await expect(ada.getByRole("img", { name: "Two printers pulling a poster off the press" })).toBeVisible();
    for (const hub of [application.visiting, application.host]) {
      await expect(ada.getByRole("link", { name: hub.name, exact: true })).toHaveAttribute("href", `/hubs/${hub.slug}`);
    }
    for (const hub of [application.visiting, application.host]) {
      const story = (p: typeof ada) => p.getByRole("region", { name: "P2P stories" }).getByRole("link", { name: `${application.visiting.name} × ${application.host.name}` });
      await openUntilShown(ada, `/hubs/${hub.slug}`, story);
      await expect(story(ada)).toHaveAttribute("href", storyPath);
    }
    await ada.goto(applicationUrl);
    await expect(ada.getByRole("list", { name: /step/i })).toContainText("The grant was paid.");
  });
});
