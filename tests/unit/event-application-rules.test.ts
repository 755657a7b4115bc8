import { createFormatter, createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import { OFFER_DEADLINE, withDeadline } from "@/lib/events/applications/dates";
import {
  applicationDateLine,
  applicationFormValues,
  applicationOutlook,
  closedOfferReason,
  notEditableReason,
  statusMessage,
  windowMessage,
  withdrawRefusal,
  type ApplicationView,
  type OutlookEvent,
} from "@/lib/events/applications/rules";
import { applicationSchema } from "@/lib/events/applications/schema";
import { applyState, canEditApplication, isOfferOpen } from "@/lib/events/rules";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Msg } from "@/lib/message";

const now = new Date("2026-12-01T10:00:00Z");
const view = (v: Partial<ApplicationView>): ApplicationView => ({ status: "pending", offerExpiresAt: null, position: null, ...v });

/** A message from lib/ as a page in `locale` says it (the page's zone is Brussels). */
async function sayer(locale: Locale) {
  const t = createTranslator({ locale, messages: await loadMessages(locale), timeZone: "Europe/Brussels" });
  const format = createFormatter({ locale, timeZone: "Europe/Brussels" });
  return (message: Msg) => {
    const { key, values } = withDeadline(message, format);
    return t(key, values as never);
  };
}

let say: (message: Msg) => string;
beforeAll(async () => {
  say = await sayer("en-GB");
});

describe("statusMessage", () => {
  it.each([
    ["pending", "Waiting for a decision"],
    ["accepted", "Accepted"],
    ["registered", "Registered"],
    ["declined", "Declined"],
    ["withdrawn", "Withdrawn"],
    ["lapsed", "Offer lapsed"],
  ] as const)("%s reads “%s”", (status, words) => {
    expect(say(statusMessage(view({ status }), now))).toBe(words);
  });

  it("gives the place on the waiting list", () => {
    expect(statusMessage(view({ status: "waitlisted", position: 3 }), now)).toEqual({ key: "eventApplications.outlook.status.waitlistedNumber", values: { position: 3 } });
    expect(say(statusMessage(view({ status: "waitlisted", position: 3 }), now))).toBe("On the waiting list — number 3");
  });

  it("gives an open offer's deadline in UTC, and says when it has passed before the sweep ran", () => {
    const offerExpiresAt = new Date("2026-12-04T09:30:00Z");
    expect(say(statusMessage(view({ status: "offered", offerExpiresAt }), now))).toBe("A seat is offered to you until Friday, 4 December 2026 at 09:30 (UTC)");
    expect(say(statusMessage(view({ status: "offered", offerExpiresAt }), new Date("2026-12-04T09:30:00Z")))).toBe("The seat offered to you was not taken in time");
  });

  it("has words for every status, and the event page a sentence for each", async () => {
    const messages = await loadMessages("en-GB");
    for (const status of Object.values(ApplicationStatus)) {
      expect(say(statusMessage(view({ status }), now))).not.toBe("");
      expect(messages.eventApplications.own[status]).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe("windowMessage", () => {
  const event = {
    status: "published" as const,
    participation: "registration" as const,
    capacity: 2,
    startsOn: new Date("2027-03-22T00:00:00Z"),
    endsOn: new Date("2027-03-23T00:00:00Z"),
    timeZone: "Europe/Madrid",
    applicationsOpenOn: new Date("2027-01-10T00:00:00Z"),
    applicationsCloseOn: new Date("2027-02-26T00:00:00Z"),
  };
  it("says where the window stands, for registration and applications, with its days", () => {
    const at = (iso: string, seats = 0, e: Partial<OutlookEvent> = {}) => {
      const ev = { ...event, ...e };
      return say(windowMessage(applyState(ev, seats, new Date(iso)), ev.participation));
    };
    expect(at("2027-01-05T12:00:00Z")).toBe("Registration opens on 10 January 2027.");
    expect(at("2027-02-01T12:00:00Z")).toBe("Registration is open until 26 February 2027.");
    expect(at("2027-02-01T12:00:00Z", 2)).toBe("Registration is open until 26 February 2027. Every seat is taken: you can join the waiting list.");
    expect(at("2027-03-01T12:00:00Z", 0, { participation: "application" })).toBe("Applications closed on 26 February 2027.");
    expect(at("2027-03-22T12:00:00Z", 0, { applicationsCloseOn: null })).toBe("Registration is closed.");
    expect(at("2027-02-01T12:00:00Z", 0, { status: "cancelled" })).toBe("This event has been cancelled.");
  });
});

describe("applicationOutlook: every status × event published, cancelled or a draft again × window open, closed or event over", () => {
  const event: OutlookEvent = {
    status: "published",
    participation: "application",
    capacity: 10,
    startsOn: new Date("2027-03-22T00:00:00Z"),
    endsOn: new Date("2027-03-23T00:00:00Z"),
    timeZone: "Europe/Madrid",
    applicationsOpenOn: null,
    applicationsCloseOn: new Date("2027-02-26T00:00:00Z"),
  };
  const moments = { "window open": new Date("2027-02-01T12:00:00Z"), "window closed": new Date("2027-03-01T12:00:00Z"), "event over": new Date("2027-04-01T12:00:00Z") };
  // An offer made a day before `now` and held for 72 hours is open; one made four days before has run out.
  const applications = (now: Date): [string, ApplicationView][] => [
    ...(["pending", "accepted", "registered", "waitlisted", "declined", "withdrawn", "lapsed"] as const).map((status): [string, ApplicationView] => [status, view({ status, position: status === "waitlisted" ? 2 : null })]),
    ["offered, offer open", view({ status: "offered", offerExpiresAt: new Date(now.getTime() + 48 * 3_600_000) })],
    ["offered, offer run out", view({ status: "offered", offerExpiresAt: new Date(now.getTime() - 24 * 3_600_000) })],
  ];
  const combinations = (["published", "cancelled", "draft"] as const).flatMap((eventStatus) =>
    (["application", "registration"] as const).flatMap((participation) =>
      Object.entries(moments).flatMap(([moment, now]) =>
        applications(now).map(([label, application]) => ({ name: `${label}, ${participation} ${eventStatus}, ${moment}`, event: { ...event, status: eventStatus, participation }, application, now, moment })),
      ),
    ),
  );
  const live = (status: string) => ["pending", "accepted", "registered", "offered", "waitlisted"].includes(status);

  it.each(combinations)("$name: the words name only what the page offers, and each offer works", ({ event, application, now, moment }) => {
    const outlook = applicationOutlook(application, event, now);
    const words = `${say(outlook.status)} ${say(outlook.next)}`;
    // Never "please withdraw" without a withdraw link, nor a link that the command would refuse.
    expect(/\bwithdraw\b/i.test(words)).toBe(outlook.can.withdraw);
    if (outlook.can.withdraw) expect(withdrawRefusal(application.status, event, now)).toBeNull();
    // "Change" only with the edit link, and only when the update command would take it: undecided, window open, event published.
    expect(/\bchange\b/i.test(words)).toBe(outlook.can.edit);
    if (outlook.can.edit) {
      expect(canEditApplication(application.status)).toBe(true);
      expect(applyState(event, 0, now).state).toBe("open");
    }
    // Taking or letting go of a seat: an open offer at a published event that is not over.
    expect(outlook.can.answerOffer).toBe(application.status === "offered" && isOfferOpen(application, now) && event.status === "published" && moment !== "event over");
    expect(/take the seat/i.test(words)).toBe(outlook.can.answerOffer);
    // A place is confirmed only at a published or unpublished event that is not cancelled.
    if (/confirmed/i.test(words)) expect(outlook.code).toBe("seat");
    if (event.status === "cancelled" && live(application.status)) {
      expect(outlook).toMatchObject({ code: "event-cancelled", can: { edit: false, withdraw: false, answerOffer: false } });
      expect(words).not.toMatch(/accepted|registered|confirmed|offered/i);
    }
    if (moment === "event over") expect(outlook.can).toEqual({ edit: false, withdraw: false, answerOffer: false });
    if (moment === "event over" && event.status !== "cancelled" && live(application.status)) expect(outlook.code).toBe("event-over");
  });

  it("tells a confirmed place to withdraw if they cannot come, with the link", () => {
    const outlook = applicationOutlook(view({ status: "accepted" }), event, moments["window closed"]);
    expect(outlook).toMatchObject({ code: "seat", status: { key: "eventApplications.status.accepted" }, can: { withdraw: true } });
    expect(say(outlook.next)).toMatch(/^Your place is confirmed\. If you can no longer come, withdraw/);
  });

  it("lets the cancellation win over an accepted place", () => {
    const outlook = applicationOutlook(view({ status: "accepted" }), { ...event, status: "cancelled" }, moments["window closed"]);
    expect(outlook).toEqual({
      code: "event-cancelled",
      can: { edit: false, withdraw: false, answerOffer: false },
      status: { key: "eventApplications.outlook.status.eventCancelled" },
      next: { key: "eventApplications.outlook.next.eventCancelled" },
    });
    expect(`${say(outlook.status)} ${say(outlook.next)}`).toBe("Event cancelled The event has been cancelled, so nothing more is needed from you.");
  });

  it("tells an offered person to act before the deadline, and what happens after it", () => {
    const offered = view({ status: "offered", offerExpiresAt: new Date("2026-12-02T00:00:00Z") });
    const published = { ...event, startsOn: new Date("2027-03-22T00:00:00Z") };
    expect(say(applicationOutlook(offered, published, now).next)).toMatch(/^Take the seat before then/);
    expect(say(applicationOutlook(offered, published, new Date("2026-12-03T00:00:00Z")).next)).toMatch(/next person on the waiting list/);
  });

  it("says the hold lasts 72 hours to someone waiting", () => {
    const outlook = applicationOutlook(view({ status: "waitlisted", position: 1 }), event, moments["window open"]);
    expect(outlook.next).toEqual({ key: "eventApplications.outlook.next.waitlistedEditable", values: { hours: 72 } });
    expect(say(outlook.next)).toContain("72 hours");
  });
});

describe("applicationDateLine", () => {
  const dates = { createdAt: new Date("2027-01-05T10:00:00Z"), waitlistedAt: new Date("2027-01-20T10:00:00Z") };
  it.each([
    ["registration", "registered", "registeredOn", dates.createdAt],
    ["registration", "waitlisted", "waitlistedSince", dates.waitlistedAt],
    ["registration", "offered", "signedUpOn", dates.createdAt],
    ["registration", "withdrawn", "signedUpOn", dates.createdAt],
    ["application", "pending", "appliedOn", dates.createdAt],
    ["application", "waitlisted", "waitlistedSince", dates.waitlistedAt],
    ["application", "accepted", "appliedOn", dates.createdAt],
  ] as const)("%s, %s: “%s”", (participation, status, kind, date) => {
    expect(applicationDateLine({ status, ...dates }, participation)).toEqual({ kind, date });
  });

  it("never says “Registered on” of someone on the waiting list", () => {
    for (const participation of ["registration", "application"] as const) {
      expect(applicationDateLine({ status: "waitlisted", ...dates, waitlistedAt: null }, participation).kind).not.toBe("registeredOn");
    }
  });
});

describe("an offer's deadline", () => {
  const deadline = new Date("2027-01-10T23:05:00Z");
  it("reads in UTC on a 24-hour clock, like the offer email, in every language", () => {
    expect(createFormatter({ locale: "en-GB" }).dateTime(deadline, OFFER_DEADLINE)).toBe("Sunday, 10 January 2027 at 23:05");
    expect(createFormatter({ locale: "el" }).dateTime(deadline, OFFER_DEADLINE)).toContain("23:05");
    // Serbian in Latin script, never Cyrillic.
    expect(createFormatter({ locale: "sr-Latn" }).dateTime(deadline, OFFER_DEADLINE)).toMatch(/januar 2027/);
  });

  it("is named in the refusal when the offer has passed", async () => {
    const passed = closedOfferReason({ status: "offered", offerExpiresAt: deadline });
    expect(passed).toEqual({ key: "eventApplications.errors.offerPassed", values: { deadline } });
    expect(say(passed)).toBe("The seat was held for you until Sunday, 10 January 2027 at 23:05 (UTC). That time has passed, so the seat goes to the next person on the waiting list.");
    expect(closedOfferReason({ status: "lapsed", offerExpiresAt: null }).key).toBe("eventApplications.errors.offerLapsed");
    expect(closedOfferReason({ status: "registered", offerExpiresAt: null }).key).toBe("eventApplications.errors.seatAlreadyTaken");
    expect(closedOfferReason({ status: "pending", offerExpiresAt: null }).key).toBe("eventApplications.errors.noOffer");
  });
});

describe("the words in other languages", () => {
  it("use each language's plural forms: Serbian few, Portuguese many", async () => {
    const sr = await sayer("sr-Latn");
    const count = (n: number) => ({ key: "eventApplications.mine.count", values: { count: n } }) as Msg;
    expect(sr(count(1))).toBe("Jedna prijava.");
    expect(sr(count(3))).toBe("3 prijave.");
    expect(sr(count(5))).toBe("5 prijava.");
    expect(sr(count(21))).toBe("21 prijava.");
    const pt = await sayer("pt-PT");
    expect(pt(count(2))).toBe("2 candidaturas.");
    expect(pt(count(1_000_000))).toMatch(/^1\s000\s000 de candidaturas\.$/);
  });

  it("say the window's days in the reader's language", async () => {
    const de = await sayer("de");
    expect(de({ key: "eventApplications.window.open", values: { participation: "registration", date: new Date("2027-02-26T00:00:00Z") } })).toBe("Die Anmeldung ist bis zum 26. Februar 2027 möglich.");
  });
});

describe("applicationFormValues", () => {
  const answers = { role: "Host", bring: "b", takeAway: "t", needs: null };
  it("selects a hub the member still manages", () => {
    expect(applicationFormValues({ ...answers, hubId: "h1", hubName: "Canal Studios" }, [{ id: "h1" }])).toEqual({ role: "Host", hubId: "h1", hubName: "", bring: "b", takeAway: "t", needs: "" });
  });
  it("falls back to the stored name for a typed hub or one no longer theirs", () => {
    expect(applicationFormValues({ ...answers, hubId: "h1", hubName: "Canal Studios" }, [])).toMatchObject({ hubId: "", hubName: "Canal Studios" });
    expect(applicationFormValues({ ...answers, hubId: null, hubName: null }, [{ id: "h1" }])).toMatchObject({ hubId: "", hubName: "" });
  });
});

describe("notEditableReason", () => {
  it("names why the answers are fixed", () => {
    expect(say(notEditableReason("withdrawn"))).toMatch(/You withdrew/);
    expect(say(notEditableReason("registered"))).toMatch(/Your place is confirmed/);
    expect(say(notEditableReason("declined"))).toMatch(/already decided/);
  });
});

describe("applicationSchema", () => {
  const valid = { role: " Founder ", bring: "Stories", takeAway: "Contacts", hubId: "", hubName: "  ", needs: "" };

  it("trims, and turns empty optional fields into nothing", () => {
    expect(applicationSchema.parse(valid)).toEqual({ role: "Founder", bring: "Stories", takeAway: "Contacts" });
  });

  it("asks for each required answer beside its field", () => {
    const result = applicationSchema.safeParse({ ...valid, role: "  ", bring: "", takeAway: undefined });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(fields).toEqual({
      role: "eventApplications.errors.roleMissing",
      bring: "eventApplications.errors.bringMissing",
      takeAway: "eventApplications.errors.takeAwayMissing",
    });
  });

  it("refuses overlong answers with the limit", () => {
    const result = applicationSchema.safeParse({ ...valid, needs: "x".repeat(1001), hubName: "y".repeat(121) });
    expect(result.error!.issues.map((i) => i.message).sort()).toEqual(["eventApplications.errors.answerTooLong", "eventApplications.errors.hubNameTooLong"]);
    expect(say({ key: "eventApplications.errors.answerTooLong", values: { max: 1000 } })).toBe("Keep this to 1,000 characters or fewer.");
    expect(say({ key: "eventApplications.errors.hubNameTooLong", values: { max: 120 } })).toBe("Keep the hub's name to 120 characters or fewer.");
  });
});
