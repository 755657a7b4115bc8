import { describe, expect, it } from "vitest";
import { applicationFormValues, formatOfferDeadline, nextStep, notEditableReason, statusInWords, statusSentence, type ApplicationView } from "@/lib/events/application-rules";
import { applicationSchema } from "@/lib/events/application-schema";

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

describe("nextStep", () => {
  it("tells an offered person to act before the deadline, and what happens after it", () => {
    const offered = view({ status: "offered", offerExpiresAt: new Date("2026-12-02T00:00:00Z") });
    expect(nextStep(offered, now)).toMatch(/^Take the seat before then/);
    expect(nextStep(offered, new Date("2026-12-03T00:00:00Z"))).toMatch(/next person on the waiting list/);
  });

  it("says the hold lasts 72 hours to someone waiting", () => {
    expect(nextStep(view({ status: "waitlisted", position: 1 }), now)).toContain("72 hours");
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
