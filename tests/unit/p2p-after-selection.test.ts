// After selection, from the data alone: the report's due day (14 days after the end), when it
// may be sent (the exchange's first day in the round's zone), which reminder is due on which
// day, what the forms accept, and the applicant's timeline and next step for every status,
// rendered in English and German.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { Timeline } from "@/components/p2p/account/timeline";
import { nextStep, timeline, type TimelineApplication } from "@/lib/p2p/applications/timeline";
import { reportDueOn } from "@/lib/p2p/grant/rules";
import { signAgreementSchema } from "@/lib/p2p/grant/schema";
import { reminderDue, sendingTooEarly } from "@/lib/p2p/reports/rules";
import { paymentSchema, reportSchema } from "@/lib/p2p/reports/schema";
import { renderIn, textOf } from "@/tests/support/intl";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ZONE = "Europe/Brussels";

describe("the report's due day and sending", () => {
  it("is due 14 days after the exchange's last day, across a month's end", () => {
    expect(reportDueOn(day("2027-05-07"))).toEqual(day("2027-05-21"));
    expect(reportDueOn(day("2027-12-24"))).toEqual(day("2028-01-07"));
  });

  it("may be sent from the exchange's first day where the round is", () => {
    const application = { startsOn: day("2027-05-03"), round: { timeZone: ZONE } };
    // 23:30 UTC on 2 May is already 3 May in Brussels (summer time, UTC+2).
    expect(sendingTooEarly(application, new Date("2027-05-02T21:30:00Z"))).toMatchObject({ key: "p2pGrant.errors.reportTooEarly" });
    expect(sendingTooEarly(application, new Date("2027-05-02T22:30:00Z"))).toBeNull();
  });
});

describe("the report's reminders", () => {
  const exchange = { endsOn: day("2027-05-07"), reportDueOn: day("2027-05-21") };
  const on = (iso: string) => reminderDue(exchange, iso);

  it("says nothing until the exchange is over, then each reminder on its day", () => {
    expect(on("2027-05-07")).toBeNull();
    expect(on("2027-05-08")).toBe("report_open");
    expect(on("2027-05-18")).toBe("report_open");
    expect(on("2027-05-19")).toBe("report_due_soon");
    expect(on("2027-05-21")).toBe("report_due_soon");
    expect(on("2027-05-22")).toBe("report_overdue");
    expect(on("2027-07-01")).toBe("report_overdue");
  });
});

describe("the forms", () => {
  it("signing needs a name and the box ticked", () => {
    expect(signAgreementSchema.safeParse({ applicationId: "a1", name: "Ana Martins", accept: "on" }).success).toBe(true);
    const refused = signAgreementSchema.safeParse({ applicationId: "a1", name: "  " });
    expect(refused.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["name", "p2pGrant.errors.nameMissing"],
      ["accept", "p2pGrant.errors.acceptMissing"],
    ]);
    expect(signAgreementSchema.safeParse({ applicationId: "a1", name: "x".repeat(121), accept: "on" }).success).toBe(false);
  });

  it("the report keeps only known evidence, once each, and bounds the summary", () => {
    const base = { applicationId: "a1", whatHappened: "", outcomes: "", nextSteps: "", publicSummary: "" };
    expect(reportSchema.parse({ ...base, evidence: ["receipts", "receipts", "photos"] }).evidence).toEqual(["receipts", "photos"]);
    expect(reportSchema.parse({ ...base, evidence: "travel_tickets", intent: "send" })).toMatchObject({ evidence: ["travel_tickets"], intent: "send" });
    expect(reportSchema.safeParse({ ...base, evidence: ["passport"] }).success).toBe(false);
    expect(reportSchema.safeParse({ ...base, publicSummary: "x".repeat(401) }).success).toBe(false);
  });

  it("the payment reads euros as staff type them, blank for the grant itself", () => {
    const parse = (paidEuros: string) => paymentSchema.parse({ applicationId: "a1", paidEuros, paidOn: "2027-06-01" });
    expect(parse("1175").paidEuros).toBe(117_500);
    expect(parse("1 175,50").paidEuros).toBe(117_550);
    expect(parse("€1175.5").paidEuros).toBe(117_550);
    expect(parse("").paidEuros).toBeUndefined();
    expect(paymentSchema.safeParse({ applicationId: "a1", paidEuros: "lots", paidOn: "2027-06-01" }).success).toBe(false);
    expect(paymentSchema.safeParse({ applicationId: "a1", paidOn: "2027-02-30" }).success).toBe(false);
  });
});

describe("the timeline after selection", () => {
  const accepted = { id: "q1", status: "accepted" as const, createdAt: new Date("2027-03-30T09:00:00Z"), dueAt: new Date("2027-04-13T21:59:59Z"), answeredAt: new Date("2027-04-01T09:00:00Z"), message: null, hostHub: { name: "Lisbon Loft" } };
  const paid: TimelineApplication & { hostHub: { name: string } } = {
    status: "paid",
    createdAt: new Date("2027-03-28T09:00:00Z"),
    withdrawnAt: null,
    hostRequests: [accepted],
    hostHub: { name: "Lisbon Loft" },
    startsOn: day("2027-05-03"),
    endsOn: day("2027-05-07"),
    round: { resultsReleasedAt: new Date("2027-04-25T09:00:00Z"), timeZone: ZONE },
    agreementSignedAt: new Date("2027-04-26T09:00:00Z"),
    reportDueOn: day("2027-05-21"),
    paidAt: day("2027-06-10"),
    report: { approvedAt: new Date("2027-06-01T09:00:00Z"), staffMessage: "Add the dates." },
    reportEvents: [
      { code: "reportSent", at: new Date("2027-05-12T09:00:00Z") },
      { code: "changesAsked", at: new Date("2027-05-14T09:00:00Z"), message: "Add the dates." },
      { code: "reportSent", at: new Date("2027-05-16T09:00:00Z") },
    ],
  };
  const round = { status: "results_released" as const, opensOn: day("2027-03-27"), closesOn: day("2027-04-23"), timeZone: ZONE };

  it("tells every step with its date, staff's words included", () => {
    expect(timeline(paid, new Date("2027-07-01T09:00:00Z")).map((s) => [s.code, s.message ?? null])).toEqual([
      ["started", null],
      ["sent", null],
      ["accepted", null],
      ["released", null],
      ["signed", null],
      ["underway", null],
      ["reportDue", null],
      ["reportSent", null],
      ["changesAsked", "Add the dates."],
      ["reportSent", null],
      ["approved", null],
      ["paid", null],
    ]);
  });

  it("leaves out the report being due when it was sent before the exchange ended", () => {
    const early = { ...paid, reportEvents: [{ code: "reportSent" as const, at: new Date("2027-05-07T15:00:00Z") }] };
    expect(timeline(early, new Date("2027-07-01T09:00:00Z")).map((s) => s.code)).not.toContain("reportDue");
  });

  it("says what comes next for every status after selection", () => {
    const at = (status: TimelineApplication["status"], now: string) => nextStep({ ...paid, status }, round, new Date(now)).key;
    expect(at("selected", "2027-04-26T09:00:00Z")).toBe("p2pAccount.next.selected");
    expect(at("reserve", "2027-04-26T09:00:00Z")).toBe("p2pAccount.next.reserve");
    expect(at("not_selected", "2027-04-26T09:00:00Z")).toBe("p2pAccount.next.notSelected");
    expect(at("agreement_signed", "2027-04-27T09:00:00Z")).toBe("p2pAccount.next.signed");
    expect(at("agreement_signed", "2027-05-05T09:00:00Z")).toBe("p2pAccount.next.underway");
    expect(at("agreement_signed", "2027-05-10T09:00:00Z")).toBe("p2pAccount.next.reportDue");
    expect(at("agreement_signed", "2027-05-22T09:00:00Z")).toBe("p2pAccount.next.overdue");
    expect(at("report_submitted", "2027-05-12T09:00:00Z")).toBe("p2pAccount.next.reportSubmitted");
    expect(at("report_changes_requested", "2027-05-14T09:00:00Z")).toBe("p2pAccount.next.changesRequested");
    expect(at("report_changes_requested", "2027-05-25T09:00:00Z")).toBe("p2pAccount.next.changesRequestedLate");
    expect(at("report_approved", "2027-06-01T09:00:00Z")).toBe("p2pAccount.next.approved");
    expect(nextStep(paid, round, new Date("2027-07-01T09:00:00Z"))).toMatchObject({ key: "p2pAccount.next.paid", values: { paidAt: new Date("2027-06-10T12:00:00Z") } });
  });

  it("reads in English and German", async () => {
    const english = textOf(await renderIn("en-GB", createElement(Timeline, { application: paid, now: new Date("2027-07-01T09:00:00Z") })));
    expect(english).toContain("The results are out: your exchange was selected.");
    expect(english).toContain("Your exchange ended: the report is due by 21 May 2027.");
    expect(english).toContain("Our team asked for changes to the report. Add the dates.");
    expect(english).toContain("10 June 2027 The grant was paid.");
    const german = textOf(await renderIn("de", createElement(Timeline, { application: paid, now: new Date("2027-07-01T09:00:00Z") })));
    expect(german).toContain("Ihr Austausch ist zu Ende: Der Bericht ist bis zum 21. Mai 2027 fällig.");
  });
});
