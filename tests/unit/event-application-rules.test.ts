import { describe, expect, it } from "vitest";
import {
  applicationDateLine,
  applicationFormValues,
  applicationOutlook,
  formatOfferDeadline,
  notEditableReason,
  statusInWords,
  statusSentence,
  withdrawRefusal,
  type ApplicationView,
  type OutlookEvent,
} from "@/lib/events/applications/rules";
import { applyState, canEditApplication, isOfferOpen } from "@/lib/events/rules";
import { applicationSchema } from "@/lib/events/applications/schema";

const now = new Date("2026-12-01T10:00:00Z");
const view = (v: Partial<ApplicationView>): ApplicationView => ({ status: "pending", offerExpiresAt: null, position: null, ...v });

describe("statusInWords", () => {
  it.each([
    ["pending", "Waiting for a decision"],
    ["accepted", "Accepted"],
    ["registered", "Registered"],
    ["declined", "Declined"],
    ["withdrawn", "Withdrawn"],
    ["lapsed", "Offer lapsed"],
  ] as const)("%s reads “%s”", (status, words) => {
    expect(statusInWords(view({ status }), now)).toBe(words);
  });

  it("gives the place on the waiting list", () => {
    expect(statusInWords(view({ status: "waitlisted", position: 3 }), now)).toBe("On the waiting list — number 3");
  });

  it("gives an open offer's deadline, and says when it has passed before the sweep ran", () => {
    const offerExpiresAt = new Date("2026-12-04T09:30:00Z");
    expect(statusInWords(view({ status: "offered", offerExpiresAt }), now)).toBe("A seat is offered to you until Friday, 4 December 2026 at 09:30 (UTC)");
    expect(statusInWords(view({ status: "offered", offerExpiresAt }), new Date("2026-12-04T09:30:00Z"))).toBe("The seat offered to you was not taken in time");
  });
});

describe("statusSentence", () => {
  it("has a sentence for every status the account page names, and none for anything else", () => {
    for (const status of ["pending", "accepted", "registered", "offered", "waitlisted", "declined", "withdrawn", "lapsed"] as const) {
      expect(statusSentence(status)).toMatch(/^[A-Z].*\.$/);
      expect(statusInWords(view({ status }), now)).not.toBe("");
    }
    expect(statusSentence("unknown")).toBeNull();
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
    const words = `${outlook.status} ${outlook.next}`;
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
    expect(outlook).toMatchObject({ code: "seat", status: "Accepted", can: { withdraw: true } });
    expect(outlook.next).toMatch(/^Your place is confirmed\. If you can no longer come, withdraw/);
  });

  it("lets the cancellation win over an accepted place", () => {
    const outlook = applicationOutlook(view({ status: "accepted" }), { ...event, status: "cancelled" }, moments["window closed"]);
    expect(outlook).toEqual({ code: "event-cancelled", can: { edit: false, withdraw: false, answerOffer: false }, status: "Event cancelled", next: "The event has been cancelled, so nothing more is needed from you." });
  });

  it("tells an offered person to act before the deadline, and what happens after it", () => {
    const offered = view({ status: "offered", offerExpiresAt: new Date("2026-12-02T00:00:00Z") });
    const published = { ...event, startsOn: new Date("2027-03-22T00:00:00Z") };
    expect(applicationOutlook(offered, published, now).next).toMatch(/^Take the seat before then/);
    expect(applicationOutlook(offered, published, new Date("2026-12-03T00:00:00Z")).next).toMatch(/next person on the waiting list/);
  });

  it("says the hold lasts 72 hours to someone waiting", () => {
    expect(applicationOutlook(view({ status: "waitlisted", position: 1 }), event, moments["window open"]).next).toContain("72 hours");
  });
});

describe("applicationDateLine", () => {
  const dates = { createdAt: new Date("2027-01-05T10:00:00Z"), waitlistedAt: new Date("2027-01-20T10:00:00Z") };
  it.each([
    ["registration", "registered", "Registered on", dates.createdAt],
    ["registration", "waitlisted", "On the waiting list since", dates.waitlistedAt],
    ["registration", "offered", "Signed up on", dates.createdAt],
    ["registration", "withdrawn", "Signed up on", dates.createdAt],
    ["application", "pending", "Applied on", dates.createdAt],
    ["application", "waitlisted", "On the waiting list since", dates.waitlistedAt],
    ["application", "accepted", "Applied on", dates.createdAt],
  ] as const)("%s, %s: “%s”", (participation, status, label, date) => {
    expect(applicationDateLine({ status, ...dates }, participation)).toEqual({ label, date });
  });

  it("never says “Registered on” of someone on the waiting list", () => {
    for (const participation of ["registration", "application"] as const) {
      expect(applicationDateLine({ status: "waitlisted", ...dates, waitlistedAt: null }, participation).label).not.toMatch(/Registered/);
    }
  });
});

describe("formatOfferDeadline", () => {
  it("reads in UTC on a 24-hour clock, like the offer email", () => {
    expect(formatOfferDeadline(new Date("2027-01-10T23:05:00Z"))).toBe("Sunday, 10 January 2027 at 23:05 (UTC)");
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
    expect(notEditableReason("withdrawn")).toMatch(/You withdrew/);
    expect(notEditableReason("registered")).toMatch(/Your place is confirmed/);
    expect(notEditableReason("declined")).toMatch(/already decided/);
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
      role: "Say what you do, for example “Programme manager”.",
      bring: "Tell us what you would bring to the event.",
      takeAway: "Tell us what you would like to take away.",
    });
  });

  it("refuses overlong answers with the limit", () => {
    const result = applicationSchema.safeParse({ ...valid, needs: "x".repeat(1001), hubName: "y".repeat(121) });
    expect(result.error!.issues.map((i) => i.message).sort()).toEqual(["Keep the hub's name to 120 characters or fewer.", "Keep this to 1,000 characters or fewer."]);
  });
});
