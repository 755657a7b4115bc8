// The applicant's views from their data alone, in English and German: the grant line by line
// (Round 2's EUR 1,175), the check's steps with each refusal beside its step and the hubs that
// cannot be chosen saying why, an application's every step, and the form's day-by-day plan.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ApplicationSummary } from "@/components/p2p/account/application-summary";
import { ApplicationForm } from "@/components/p2p/account/application-form";
import { AnswersView } from "@/components/p2p/account/answers-view";
import { ApplySteps } from "@/components/p2p/apply/apply-steps";
import { GrantSummary } from "@/components/p2p/apply/grant-summary";
import { msg } from "@/lib/message";
import { isGreenTravel } from "@/lib/p2p/applications/answers";
import { computeGrant } from "@/lib/p2p/applications/grant";
import type { FullOwnP2PApplication, OwnP2PApplication } from "@/lib/p2p/applications/queries";
import { withdrawRefusal } from "@/lib/p2p/applications/workflow";
import { renderIn, textOf } from "@/tests/support/intl";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ROUND_2 = { travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000 };

describe("GrantSummary", () => {
  it("works out Round 2's grant for one person and five days, in each language's numbers", async () => {
    const grant = computeGrant(ROUND_2, 5, 1);
    const english = textOf(await renderIn("en-GB", createElement(GrantSummary, { rates: ROUND_2, grant, days: 5, people: 1 })));
    expect(english).toContain("Travel: 1 person × €350");
    expect(english).toContain("Daily allowance: 5 days × 1 person × €165");
    expect(english).toContain("Your hub's grant €1,175");
    expect(english).not.toContain("at most");
    const german = textOf(await renderIn("de", createElement(GrantSummary, { rates: ROUND_2, grant, days: 5, people: 1 })));
    expect(german).toContain("1.175 €");
  });

  it("says when the round's cap cuts the sum", async () => {
    const grant = computeGrant(ROUND_2, 5, 2);
    const text = textOf(await renderIn("en-GB", createElement(GrantSummary, { rates: ROUND_2, grant, days: 5, people: 2 })));
    expect(text).toContain("The round pays at most €1,175 per exchange");
  });
});

describe("ApplySteps", () => {
  const round = { slug: "round-2", exchangesFrom: day("2027-05-01"), exchangesUntil: day("2027-09-17"), maxStayDays: 5, peoplePerExchange: 1, membershipRequired: true };
  const verdicts = { hub: null, role: null, host: msg("p2pApply.eligibility.hostSameCountry"), dates: msg("p2pApply.eligibility.stayTooLong", { days: 6, max: 5 }), people: null };
  const hubs = [
    { id: "h1", name: "Canal Studios", countryCode: "NL", verdict: null },
    { id: "h2", name: "Pending Lab", countryCode: "NL", verdict: msg("p2pApply.eligibility.hubNotPublished") },
  ];
  const hosts = [{ id: "x", name: "Porto Makers", countryCode: "PT", city: "Porto", placesLeft: 2, verdict: null }];

  it("puts each refusal beside its step, lists the steps to change, and says why a hub cannot be chosen", async () => {
    const html = await renderIn("en-GB", createElement(ApplySteps, { round, query: { hub: "h1", host: "x" }, verdicts, hubs, hosts }));
    const text = textOf(html);
    expect(text).toContain("2 steps need a change");
    expect(html).toMatch(/<fieldset id="step-host" aria-describedby="step-host-hint step-host-error"/);
    expect(text).toContain("The host is in the same country as your hub");
    expect(text).toContain("6 days is longer than this round allows");
    expect(text).toContain("This hub is not published on the map yet");
    expect(html).toMatch(/<input id="hub-h2" type="radio" disabled=""/);
    expect(text).toContain("Porto, Portugal · 2 places left");
    expect(text).toContain("between 1 May 2027 and 17 September 2027, for at most 5 days");
  });

  it("reads in German", async () => {
    const text = textOf(await renderIn("de", createElement(ApplySteps, { round, query: {}, verdicts: { hub: null, role: null, host: null, dates: null, people: null }, hubs, hosts })));
    expect(text).toContain("1. Mit welchem Ihrer Hubs?");
    expect(text).toContain("Porto, Portugal · noch 2 Plätze frei");
  });
});

describe("ApplicationSummary", () => {
  const application: OwnP2PApplication = {
    id: "a1", status: "submitted", createdAt: new Date("2027-04-01T09:00:00Z"), submittedAt: new Date("2027-04-02T09:00:00Z"), withdrawnAt: null,
    startsOn: day("2027-05-03"), endsOn: day("2027-05-07"), people: 1, grantCents: 117_500,
    agreementSignedAt: null, reportDueOn: null, paidAt: null, report: null, reportEvents: [],
    round: { id: "r", name: "Round 2", status: "published", opensOn: day("2027-03-27"), closesOn: day("2027-04-23"), timeZone: "Europe/Brussels", resultsReleasedAt: null },
    visitingHub: { id: "v", name: "Canal Studios" },
    hostHub: { id: "h2", name: "Lisbon Loft", slug: "lisbon-loft", city: "Lisbon", countryCode: "PT" },
    hostRequests: [
      { id: "q1", hostHubId: "h1", status: "declined", createdAt: new Date("2027-04-02T09:00:00Z"), dueAt: new Date("2027-04-16T09:00:00Z"), answeredAt: new Date("2027-04-05T09:00:00Z"), message: "We are closed in May.", hostHub: { name: "Porto Makers" } },
      { id: "q2", hostHubId: "h2", status: "pending", createdAt: new Date("2027-04-06T09:00:00Z"), dueAt: new Date("2027-04-20T09:00:00Z"), answeredAt: null, message: null, hostHub: { name: "Lisbon Loft" } },
    ],
  };

  it("tells every step with its date, the host's words, and who answers by when", async () => {
    const text = textOf(await renderIn("en-GB", createElement(ApplicationSummary, { application, now: new Date("2027-04-10T10:00:00Z") })));
    expect(text).toContain("Canal Studios to Lisbon Loft");
    expect(text).toMatch(/1 April 2027 You started the application\. 2 April 2027 Sent to Porto Makers\. 5 April 2027 Porto Makers declined\. We are closed in May\. 6 April 2027 Sent to Lisbon Loft\./);
    expect(text).toContain("Next: Lisbon Loft answers by 20 April 2027.");
    expect(text).toContain("Waiting for the host");
  });
});

describe("ApplicationForm", () => {
  it("asks for the plan one day at a time, notes green travel, and keeps accessibility needs for staff", async () => {
    const text = textOf(
      await renderIn(
        "en-GB",
        createElement(ApplicationForm, {
          action: async (s) => s,
          initial: { ok: false, values: { plan: ["Meet the team", ""] } },
          applicationId: "a1",
          planDays: ["Day 1: Monday, 3 May 2027", "Day 2: Tuesday, 4 May 2027"],
          maxPeople: 1,
          sendTo: "Lisbon Loft",
        }),
      ),
    );
    expect(text).toContain("Day 1: Monday, 3 May 2027 Meet the team Day 2: Tuesday, 4 May 2027");
    expect(text).toContain("Train, bus and a shared car count as green travel.");
    expect(text).toContain("Only the ECHN team sees this: never the host or the reviewers.");
    expect(text).toContain("Save and send to Lisbon Loft");
    expect(text).not.toContain("The second person");
  });
});

describe("ApplicationForm once sent", () => {
  it("shows the dates and people as text, saying they are fixed, and sends the stored values back", async () => {
    const html = await renderIn(
      "en-GB",
      createElement(ApplicationForm, {
        action: async (s) => s,
        initial: { ok: false, values: { startsOn: "2027-05-03", endsOn: "2027-05-07", people: "1", plan: [] } },
        applicationId: "a1",
        planDays: [],
        maxPeople: 2,
        sendTo: null,
        fixed: { startsOn: "3 May 2027", endsOn: "7 May 2027", people: 1 },
      }),
    );
    const text = textOf(html);
    expect(text).toContain("3 May 2027");
    expect(text).toContain("The dates and the number of people are fixed once the application is sent");
    expect(html).not.toMatch(/type="date"/);
    expect(html).toMatch(/type="hidden" name="startsOn" value="2027-05-03"/);
  });
});

describe("withdrawRefusal", () => {
  it("allows withdrawing until the round's results are released, and says why not after", () => {
    expect(withdrawRefusal("host_accepted", "in_review")).toBeNull();
    expect(withdrawRefusal("submitted", "published")).toBeNull();
    expect(withdrawRefusal("host_accepted", "results_released")).toEqual({ key: "p2pApply.errors.withdrawAfterResults" });
    expect(withdrawRefusal("draft", "closed")).toEqual({ key: "p2pApply.errors.withdrawAfterResults" });
    // The application's own state says more than the round's.
    expect(withdrawRefusal("withdrawn", "results_released")?.key).toBe("p2pApply.workflow.cannot");
  });
});

describe("green travel", () => {
  it("is noted beside the travel mode on the sent answers, by train, bus or a shared car only", async () => {
    expect(["train", "bus", "shared_car"].every((m) => isGreenTravel(m as never))).toBe(true);
    expect([null, "car", "plane", "other"].some((m) => isGreenTravel(m as never))).toBe(false);
    const answers = (travelMode: string) =>
      ({ role: "Founder", people: 1, partnerName: null, partnerRole: null, partnerEmail: null, aim: "both", plan: [], visitorGains: "", hostGains: "", sharing: "", travelMode, accessibilityNeeds: null }) as unknown as FullOwnP2PApplication;
    expect(textOf(await renderIn("en-GB", createElement(AnswersView, { application: answers("train"), planDays: [] })))).toContain("Train green travel");
    expect(textOf(await renderIn("de", createElement(AnswersView, { application: answers("shared_car"), planDays: [] })))).toContain("Fahrgemeinschaft umweltfreundliches Reisen");
    expect(textOf(await renderIn("en-GB", createElement(AnswersView, { application: answers("plane"), planDays: [] })))).not.toContain("green travel");
  });
});
