// The reviewer's views from their data alone: a radio group per criterion with its name as the
// legend and each value's label, the saved review put back, an error beside its question; the
// application's answers without the accessibility needs; another reviewer's review, unnamed.
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { AnswersView } from "@/components/p2p/account/answers-view";
import { ReviewCard } from "@/components/p2p/review/review-card";
import { ReviewForm } from "@/components/p2p/review/review-form";
import { msg } from "@/lib/message";
import { scoreField } from "@/lib/p2p/reviews/rules";
import { renderIn, textOf } from "@/tests/support/intl";

vi.mock("@/lib/p2p/reviews/actions", () => ({ submitReviewAction: async () => ({ ok: false }) }));

const LABELS = ["None", "Poor", "Fair", "Good", "Very good", "Excellent"];
const CRITERIA = [
  { id: "rel", name: "Relevance", description: "Fits the scheme's aims.", labels: LABELS, share: 0.5 },
  { id: "plan", name: "Quality of the plan", description: "", labels: LABELS, share: 0.25 },
];

describe("ReviewForm", () => {
  it("asks each criterion in a fieldset with its legend, its share, and every value with its label; puts back the saved review", async () => {
    const initial = { ok: false, values: { [scoreField("rel")]: "4", [scoreField("plan")]: "2", comment: "Clear plan." } };
    const html = await renderIn("en-GB", createElement(ReviewForm, { assignmentId: "a1", criteria: CRITERIA, initial }));
    const text = textOf(html);
    expect(html.match(/<fieldset/g)).toHaveLength(2);
    expect(html).toMatch(/<legend[^>]*>Relevance/);
    expect(html).toMatch(/<legend[^>]*>Quality of the plan/);
    expect(text).toContain("Fits the scheme's aims. · Counts for 50% of the total");
    expect(text).toContain("4 – Very good");
    expect(text).toContain("0 – None");
    expect(html.match(/type="radio"/g)).toHaveLength(12);
    expect(html).toMatch(new RegExp(`name="${scoreField("rel")}" checked="" value="4"`));
    expect(html).toContain("Clear plan.</textarea>");
    expect(text).toContain("Save and go to the next");
    // "Save" first: the button Enter presses.
    expect(html).toMatch(/value="stay"[^>]*name="then"[\s\S]*value="next"[^>]*name="then"/);
  });

  it("says beside a question that it needs a score, in German too", async () => {
    const state = { ok: false, message: msg("forms.errors.correctFields"), fieldErrors: { [scoreField("plan")]: [msg("p2pReview.errors.scoreMissing")] }, values: {} };
    const english = await renderIn("en-GB", createElement(ReviewForm, { assignmentId: "a1", criteria: CRITERIA, initial: state }));
    expect(english).toMatch(/<fieldset aria-describedby="[^"]*error"[^>]*>\s*<legend[^>]*>Quality of the plan[\s\S]*Choose a score\./);
    const german = textOf(await renderIn("de", createElement(ReviewForm, { assignmentId: "a1", criteria: CRITERIA, initial: state })));
    expect(german).toContain("Wählen Sie eine Punktzahl.");
    expect(german).toContain("Gewichtung: 50 % der Gesamtpunktzahl");
  });
});

describe("AnswersView for a reviewer", () => {
  const answers = {
    role: "Programme lead", people: 1, partnerName: null, partnerRole: null, aim: "both" as const, plan: ["Arrive", "Workshop"],
    visitorGains: "Membership models.", hostGains: "Residencies.", sharing: "A closing talk.", travelMode: "train" as const,
  };

  it("shows no accessibility needs when the read leaves them out, and the applicant's own view still does", async () => {
    const reviewer = textOf(await renderIn("en-GB", createElement(AnswersView, { application: answers, planDays: ["Day 1", "Day 2"] })));
    expect(reviewer).toContain("Programme lead");
    expect(reviewer).toContain("Membership models.");
    expect(reviewer).not.toMatch(/accessib/i);
    const own = textOf(await renderIn("en-GB", createElement(AnswersView, { application: { ...answers, accessibilityNeeds: null, partnerEmail: null }, planDays: ["Day 1", "Day 2"] })));
    expect(own).toMatch(/accessib/i);
  });
});

describe("ReviewCard", () => {
  it("shows another review's scores with their labels, its total and comment, under a letter", async () => {
    const text = textOf(await renderIn("de", createElement(ReviewCard, { title: "Begutachtung A", criteria: CRITERIA, scores: { rel: 5, plan: 3 }, total: 83.33, comment: "Stark." })));
    expect(text).toContain("Begutachtung A");
    expect(text).toContain("Relevance 5 von 5 – Excellent");
    expect(text).toContain("Gesamtpunktzahl: 83,33 von 100");
    expect(text).toContain("Stark.");
  });
});
