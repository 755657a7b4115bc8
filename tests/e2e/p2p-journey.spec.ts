import type { Browser, Page } from "@playwright/test";
import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, expect as baseExpect, latestEmailTo, signInAs, test } from "./support";
import { isoDaysFromNow, shortTag } from "./support/event-admin";
import { insertHub } from "./support/hub-form";
import { signedInPerson } from "./support/sessions";
import { createAccount, type Account } from "./support/hub-moderation";

// A P2P exchange from call to the host's agreement, through the pages: staff open a round; a
// hub manager's check refuses a host in their own country with the reason, then they choose a
// host abroad and send the application; that host declines; they send it to another host, who
// accepts; the timeline shows each step, and every email went out.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 300_000 });

/** A page of `account`'s own, signed in. */
const signedIn = async (browser: Browser, account: { email: string; password: string }): Promise<Page> => (await signedInPerson(browser, account)).page;

/** A published member hub owned by `owner`. */
async function memberHub(owner: Account, name: string, place: { city: string; countryCode: string; latitude: number; longitude: number }) {
  const hub = await insertHub({ name, ownerId: owner.id, ...place });
  await db.query(`INSERT INTO "HubMembership" ("hubId", "kind", "since", "updatedAt") VALUES ($1, 'regular', '2020-01-01', now())`, [hub.id]);
  return { ...hub, name };
}

/** The host answers its request from the list of requests to host: it chooses an answer, then confirms it. */
async function answerRequest(page: Page, applicant: string, answer: { accept: string } | { decline: string }) {
  await page.goto("/account/p2p/requests");
  await page.getByRole("link", { name: /Read and answer/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(applicant);
  await page.getByRole("link", { name: "accept" in answer ? "Accept this request…" : "Decline this request…" }).click();
  await expect(page.getByRole("heading", { level: 3, name: `${"accept" in answer ? "Accept" : "Decline"} the request from ${applicant}?` })).toBeVisible();
  if ("accept" in answer) {
    await page.getByLabel(`A note for ${applicant}`).fill(answer.accept);
    await page.getByRole("button", { name: "Accept the request" }).click();
  } else {
    await page.getByLabel("Why you decline").fill(answer.decline);
    await page.getByRole("button", { name: "Decline the request" }).click();
  }
  await expect(page).toHaveURL(/notice=(accepted|declined)/);
}

test("staff open a round; a hub manager applies, is declined by one host and agreed by another, and follows it on the timeline", async ({ page: staff, browser }) => {
  const tag = shortTag();
  const roundName = `Round ${tag}`;
  const [applicant, lisbonOwner, berlinOwner, utrechtOwner] = await Promise.all([
    createAccount(`Ada Applicant ${tag}`),
    createAccount(`Lia Lisbon ${tag}`),
    createAccount(`Bo Berlin ${tag}`),
    createAccount(`Ute Utrecht ${tag}`),
  ]);
  const home = await memberHub(applicant, `Canal Works ${tag}`, { city: "Amsterdam", countryCode: "NL", latitude: 52.37, longitude: 4.9 });
  const sameCountry = await memberHub(utrechtOwner, `Dom Studio ${tag}`, { city: "Utrecht", countryCode: "NL", latitude: 52.09, longitude: 5.12 });
  const lisbon = await memberHub(lisbonOwner, `Tejo Lab ${tag}`, { city: "Lisbon", countryCode: "PT", latitude: 38.72, longitude: -9.14 });
  const berlin = await memberHub(berlinOwner, `Spree Works ${tag}`, { city: "Berlin", countryCode: "DE", latitude: 52.52, longitude: 13.4 });
  const started = new Date();
  let slug = "";

  await test.step("staff create the round, and publish it once it has what applicants need", async () => {
    await signInAs(staff, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
    await staff.goto("/admin/p2p/rounds/new");
    await staff.getByLabel("Name").fill(roundName);
    await staff.getByLabel("Summary").fill("A round for hub managers who want to learn from a hub abroad.");
    // Open today, and closing after the demo round, so /p2p keeps showing the demo round.
    await staff.getByLabel("Applications open on").fill(isoDaysFromNow(0));
    await staff.getByLabel("Last day to apply").fill(isoDaysFromNow(90));
    await staff.getByLabel("Days a host has to answer").fill("14");
    await staff.getByLabel("Exchanges from").fill(isoDaysFromNow(100));
    await staff.getByLabel("Exchanges until").fill(isoDaysFromNow(200));
    await staff.getByLabel("The days are known").check();
    await staff.getByLabel("Longest stay, in days").fill("5");
    await staff.getByLabel("One person (as in ECHN's rounds)").check();
    await staff.getByLabel("Travel, per person (€)").fill("350");
    await staff.getByLabel("Daily allowance, per person (€)").fill("165");
    await staff.getByLabel("Largest grant per exchange (€)").fill("1175");
    await staff.getByLabel("Host's grant (€)").fill("500");
    await staff.getByLabel("The round's total budget (€)").fill("20000");
    await staff.getByRole("button", { name: "Save as draft" }).click();
    await staff.getByRole("button", { name: "Save and publish" }).click();
    await expect(staff.getByText("Published", { exact: true }).first()).toBeVisible();
    const { rows } = await db.query<{ id: string; slug: string; status: string }>(`SELECT "id", "slug", "status" FROM "P2PRound" WHERE "name" = $1`, [roundName]);
    expect(rows[0]?.status).toBe("published");
    slug = rows[0]!.slug;
    // Three hubs open to hosting in it (their owners' side is tested on its own).
    for (const hub of [sameCountry, lisbon, berlin]) {
      await db.query(
        `INSERT INTO "P2PHostOffer" ("id", "roundId", "hubId", "offer", "availability", "languages", "places", "updatedAt")
         VALUES ($1, $2, $3, 'A desk and our open evenings.', 'Weekdays', ARRAY['en'], 2, now())`,
        [`e2eoffer${tag}${hub.id.slice(-6)}`, rows[0]!.id, hub.id],
      );
    }
  });

  const ada = await signedIn(browser, applicant);
  await test.step("the check refuses a host in the applicant's own country, with the reason, and passes a host abroad", async () => {
    await ada.goto(`/p2p/apply?round=${slug}`);
    await expect(ada.getByRole("heading", { level: 1, name: "Apply for a P2P exchange" })).toBeVisible();
    await ada.getByLabel(home.name).check();
    await ada.getByRole("button", { name: "Check" }).click();
    const utrecht = ada.getByLabel(sameCountry.name);
    await expect(utrecht).toBeDisabled();
    await expect(ada.getByText("The host is in the same country as your hub.", { exact: false })).toBeVisible();
    await ada.getByLabel(lisbon.name).check();
    await ada.getByLabel("Your role at the hub").fill("Programme manager");
    await ada.getByLabel("First day").fill(isoDaysFromNow(120));
    await ada.getByLabel("Last day").fill(isoDaysFromNow(124));
    await ada.getByLabel("People travelling").fill("1");
    await ada.getByRole("button", { name: "Check" }).click();
    // Round 2's arithmetic: EUR 350 + 5 × EUR 165 = EUR 1,175.
    await expect(ada.getByText("€1,175").first()).toBeVisible();
    await ada.getByRole("button", { name: "Continue to the application" }).click();
    await expect(ada).toHaveURL(/\/account\/p2p\/applications\/[^/?]+/);
  });
  const applicationUrl = new URL(ada.url()).pathname;

  await test.step("the applicant writes the application and sends it to the host in Lisbon", async () => {
    for (const [i, day] of (await ada.getByRole("group", { name: /Your plan, day by day/ }).getByRole("textbox").all()).entries()) {
      await day.fill(`Day ${i + 1}: working beside the team on their programme.`);
    }
    await ada.getByLabel("To share knowledge").check();
    await ada.getByLabel("What your hub will gain").fill("How a hub of makers runs open evenings.");
    await ada.getByLabel("What the host will gain").fill("Our way of mentoring start-ups.");
    await ada.getByLabel("How you will share it").fill("A talk at the host's closing event, and a write-up for both communities.");
    await ada.getByLabel("Train").check();
    await ada.getByRole("button", { name: `Save and send to ${lisbon.name}` }).click();
    await expect(ada.getByText("Waiting for the host").first()).toBeVisible();
    const toHost = await latestEmailTo(lisbonOwner.email, { since: started });
    expect(toHost.text).toContain("/account/p2p/requests/");
  });

  await test.step("the host in Lisbon declines, with a reason the applicant reads", async () => {
    const lia = await signedIn(browser, lisbonOwner);
    await answerRequest(lia, applicant.name, { decline: "Our studio is closed for renovation in those weeks." });
    const declined = await latestEmailTo(applicant.email, { since: started, containing: "renovation" });
    expect(declined.text).toContain(applicationUrl);
    await lia.context().close();
  });

  await test.step("the applicant sends the same application to the host in Berlin, who accepts", async () => {
    await ada.goto(applicationUrl);
    await expect(ada.getByText("Our studio is closed for renovation in those weeks.")).toBeVisible();
    await ada.getByLabel("Another host", { exact: true }).selectOption({ label: `${berlin.name} (Berlin, Germany)` });
    await ada.getByRole("button", { name: "Send to this host" }).click();
    await expect(ada.getByText("Waiting for the host").first()).toBeVisible();
    await latestEmailTo(berlinOwner.email, { since: started });

    const bo = await signedIn(browser, berlinOwner);
    await answerRequest(bo, applicant.name, { accept: "The second week of the month suits us; you get a desk in the print room." });
    await latestEmailTo(applicant.email, { since: started, containing: "print room" });
    await bo.context().close();
  });

  await test.step("the timeline shows every step with its date, and the places are counted", async () => {
    await ada.goto(applicationUrl);
    const timeline = ada.getByRole("list", { name: /step/i });
    await expect(timeline).toContainText("You started the application.");
    await expect(timeline).toContainText(`Sent to ${lisbon.name}.`);
    await expect(timeline).toContainText(`${lisbon.name} declined.`);
    await expect(timeline).toContainText(`Sent to ${berlin.name}.`);
    await expect(timeline).toContainText(`${berlin.name} agreed to host you.`);
    const { rows } = await db.query<{ status: string; taken: number }>(
      `SELECT a."status", o."placesTaken" AS "taken" FROM "P2PApplication" a
         JOIN "P2PHostOffer" o ON o."roundId" = a."roundId" AND o."hubId" = a."hostHubId"
        WHERE a."id" = $1`,
      [applicationUrl.split("/").pop()],
    );
    expect(rows[0]).toEqual({ status: "host_accepted", taken: 1 });
  });
});
