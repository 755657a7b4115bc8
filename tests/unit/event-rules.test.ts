import { describe, expect, it } from "vitest";
import { applyState, canEditApplication, canWithdrawApplication, initialStatus, isOfferOpen, isSeat, lastApplicationDay } from "@/lib/events/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const workshop = {
  status: "published" as const,
  participation: "application" as const,
  startsOn: day("2027-03-22"),
  endsOn: day("2027-03-23"),
  timeZone: "Europe/Madrid",
  applicationsOpenOn: day("2027-01-10"),
  applicationsCloseOn: day("2027-02-26"),
  capacity: 2,
};

describe("applyState", () => {
  it("is not open before the opening day begins in the event's time zone", () => {
    // Madrid is UTC+1 in January: 10 January starts at 09 January 23:00 UTC.
    expect(applyState(workshop, 0, new Date("2027-01-09T22:59:00Z"))).toEqual({
      state: "not-open",
      opensOn: day("2027-01-10"),
      reason: "Applications open on 10 January 2027.",
    });
    expect(applyState(workshop, 0, new Date("2027-01-09T23:00:00Z")).state).toBe("open");
  });

  it("is open until the end of the closing day, then closed", () => {
    expect(applyState(workshop, 0, new Date("2027-02-26T22:59:00Z"))).toEqual({
      state: "open",
      closesOn: day("2027-02-26"),
      full: false,
      reason: "Applications are open until 26 February 2027.",
    });
    expect(applyState(workshop, 0, new Date("2027-02-26T23:00:00Z"))).toEqual({
      state: "closed",
      closedOn: day("2027-02-26"),
      reason: "Applications closed on 26 February 2027.",
    });
  });

  it("says full once the seats are taken, and offers the waiting list", () => {
    const open = new Date("2027-02-01T12:00:00Z");
    expect(applyState(workshop, 1, open)).toMatchObject({ state: "open", full: false });
    expect(applyState(workshop, 2, open)).toMatchObject({ state: "open", full: true, reason: expect.stringContaining("waiting list") });
    expect(applyState({ ...workshop, capacity: null }, 500, open)).toMatchObject({ full: false });
  });

  it("speaks of registration for open-registration events", () => {
    const r = applyState({ ...workshop, participation: "registration" }, 0, new Date("2027-02-01T12:00:00Z"));
    expect(r.reason).toBe("Registration is open until 26 February 2027.");
  });

  it("refuses cancelled, unpublished and information-only events whatever the date", () => {
    const open = new Date("2027-02-01T12:00:00Z");
    expect(applyState({ ...workshop, status: "cancelled" }, 0, open).state).toBe("cancelled");
    expect(applyState({ ...workshop, status: "draft" }, 0, open).state).toBe("unpublished");
    expect(applyState({ ...workshop, participation: "information" }, 0, open).state).toBe("information");
  });

  it("opens at publication and closes the day before the start when no window is set", () => {
    const noWindow = { ...workshop, applicationsOpenOn: null, applicationsCloseOn: null };
    expect(lastApplicationDay(noWindow)).toEqual(day("2027-03-21"));
    expect(applyState(noWindow, 0, new Date("2026-12-01T00:00:00Z")).state).toBe("open");
    expect(applyState(noWindow, 0, new Date("2027-03-21T22:59:00Z")).state).toBe("open");
    expect(applyState(noWindow, 0, new Date("2027-03-21T23:00:00Z")).state).toBe("closed");
  });

  it("names no closing date once closed when none was set: the day before the start was never published", () => {
    const noWindow = { ...workshop, applicationsOpenOn: null, applicationsCloseOn: null };
    expect(applyState(noWindow, 0, new Date("2027-03-22T12:00:00Z"))).toEqual({ state: "closed", closedOn: null, reason: "Applications are closed." });
    expect(applyState({ ...noWindow, participation: "registration" }, 0, new Date("2027-03-22T12:00:00Z"))).toMatchObject({ reason: "Registration is closed." });
  });
});

describe("application statuses", () => {
  it("counts accepted, registered and offered as seats, nothing else", () => {
    expect(["accepted", "registered", "offered"].every(isSeat)).toBe(true);
    expect(["pending", "waitlisted", "declined", "withdrawn", "lapsed"].some(isSeat)).toBe(false);
  });

  it("confirms registrations at once while seats remain, then wait-lists; applications wait for review", () => {
    expect(initialStatus("registration", false)).toBe("registered");
    expect(initialStatus("registration", true)).toBe("waitlisted");
    expect(initialStatus("application", false)).toBe("pending");
    expect(initialStatus("application", true)).toBe("pending");
  });

  it("lets the applicant edit until the decision and withdraw until a refusal", () => {
    expect(canEditApplication("pending")).toBe(true);
    expect(canEditApplication("waitlisted")).toBe(true);
    expect(canEditApplication("accepted")).toBe(false);
    expect(canWithdrawApplication("accepted")).toBe(true);
    expect(canWithdrawApplication("offered")).toBe(true);
    expect(canWithdrawApplication("declined")).toBe(false);
    expect(canWithdrawApplication("withdrawn")).toBe(false);
  });

  it("holds an offer until it expires", () => {
    const expires = new Date("2027-02-04T12:00:00Z");
    expect(isOfferOpen({ status: "offered", offerExpiresAt: expires }, new Date("2027-02-04T11:59:59Z"))).toBe(true);
    expect(isOfferOpen({ status: "offered", offerExpiresAt: expires }, expires)).toBe(false);
    expect(isOfferOpen({ status: "waitlisted", offerExpiresAt: null }, new Date("2027-02-01T00:00:00Z"))).toBe(false);
  });
});
