import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import type { Msg } from "@/lib/message";
import { applyState, canEditApplication, canWithdrawApplication, initialStatus, isOfferOpen, isSeat, lastApplicationDay } from "@/lib/events/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A day as the reasons carry it for the catalogue's dates (lib/events/rules.ts calendarDay). */
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);
/** The reason as the page words it. */
const words = async (reason: Msg, locale: Locale = "en-GB") =>
  createTranslator({ locale, messages: await loadMessages(locale), timeZone: "Europe/Brussels" })(reason.key, reason.values as never);

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
  it("is not open before the opening day begins in the event's time zone", async () => {
    // Madrid is UTC+1 in January: 10 January starts at 09 January 23:00 UTC.
    const notOpen = applyState(workshop, 0, new Date("2027-01-09T22:59:00Z"));
    expect(notOpen).toEqual({
      state: "not-open",
      opensOn: day("2027-01-10"),
      reason: { key: "events.apply.notOpen", values: { participation: "application", opensOn: noon("2027-01-10") } },
    });
    expect(await words(notOpen.reason)).toBe("Applications open on 10 January 2027.");
    expect(applyState(workshop, 0, new Date("2027-01-09T23:00:00Z")).state).toBe("open");
  });

  it("is open until the end of the closing day, then closed", async () => {
    const open = applyState(workshop, 0, new Date("2027-02-26T22:59:00Z"));
    expect(open).toEqual({
      state: "open",
      closesOn: day("2027-02-26"),
      full: false,
      reason: { key: "events.apply.open", values: { participation: "application", closesOn: noon("2027-02-26") } },
    });
    expect(await words(open.reason)).toBe("Applications are open until 26 February 2027.");
    const closed = applyState(workshop, 0, new Date("2027-02-26T23:00:00Z"));
    expect(closed).toEqual({
      state: "closed",
      closedOn: day("2027-02-26"),
      reason: { key: "events.apply.closedOn", values: { participation: "application", closedOn: noon("2027-02-26") } },
    });
    expect(await words(closed.reason)).toBe("Applications closed on 26 February 2027.");
  });

  it("says full once the seats are taken, and offers the waiting list", async () => {
    const open = new Date("2027-02-01T12:00:00Z");
    expect(applyState(workshop, 1, open)).toMatchObject({ state: "open", full: false, reason: { key: "events.apply.open" } });
    const full = applyState(workshop, 2, open);
    expect(full).toMatchObject({ state: "open", full: true, reason: { key: "events.apply.openFull" } });
    expect(await words(full.reason)).toBe("Applications are open until 26 February 2027. Every seat is taken: you can join the waiting list.");
    expect(applyState({ ...workshop, capacity: null }, 500, open)).toMatchObject({ full: false });
  });

  it("speaks of registration for open-registration events, in every language", async () => {
    const r = applyState({ ...workshop, participation: "registration" }, 0, new Date("2027-02-01T12:00:00Z"));
    expect(r.reason).toEqual({ key: "events.apply.open", values: { participation: "registration", closesOn: noon("2027-02-26") } });
    expect(await words(r.reason)).toBe("Registration is open until 26 February 2027.");
    expect(await words(r.reason, "de")).toBe("Die Anmeldung ist bis zum 26. Februar 2027 möglich.");
    expect(await words(r.reason, "pt-PT")).toBe("As inscrições estão abertas até 26 de fevereiro de 2027.");
    // Serbian in Latin script (plain "sr" would write the month in Cyrillic).
    expect(await words(r.reason, "sr-Latn")).toBe("Registracija je otvorena do 26. februar 2027.");
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

  it("names no closing date once closed when none was set: the day before the start was never published", async () => {
    const noWindow = { ...workshop, applicationsOpenOn: null, applicationsCloseOn: null };
    const closed = applyState(noWindow, 0, new Date("2027-03-22T12:00:00Z"));
    expect(closed).toEqual({ state: "closed", closedOn: null, reason: { key: "events.apply.closed", values: { participation: "application" } } });
    expect(await words(closed.reason)).toBe("Applications are closed.");
    expect(await words(applyState({ ...noWindow, participation: "registration" }, 0, new Date("2027-03-22T12:00:00Z")).reason)).toBe("Registration is closed.");
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
