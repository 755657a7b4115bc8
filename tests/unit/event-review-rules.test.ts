// Which decision staff may take on an application from each status, and the seat arithmetic
// that refuses accepting beyond capacity.
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { freesSeat, REVIEW_DECISIONS, REVIEW_WORKFLOW, seatsCheck, takesSeat } from "@/lib/events/review/rules";
import { applicationDecisionSchema } from "@/lib/events/review/schema";
import type { Msg } from "@/lib/message";
import { canTake, decisionsFrom } from "@/lib/workflow/transitions";

const STATUSES = ["pending", "accepted", "registered", "offered", "waitlisted", "declined", "withdrawn", "lapsed"] as const;

let say: (message: Msg | undefined | false) => string;
beforeAll(async () => {
  const t = createTranslator({ locale: "en-GB", messages: await loadMessages("en-GB") });
  say = (message) => (message ? t(message.key, message.values as never) : "");
});

describe("the review workflow", () => {
  const allowed: Record<(typeof STATUSES)[number], string[]> = {
    pending: ["accept", "decline", "waitlist"],
    accepted: ["decline", "waitlist"],
    registered: ["decline", "waitlist"],
    offered: ["decline"],
    waitlisted: ["accept", "decline"],
    declined: ["accept"],
    withdrawn: [],
    lapsed: [],
  };

  it.each(STATUSES.flatMap((status) => REVIEW_DECISIONS.map((decision) => ({ status, decision }))))("$decision from $status", ({ status, decision }) => {
    const result = canTake(REVIEW_WORKFLOW, decision, status);
    expect(result.allowed).toBe(allowed[status].includes(decision));
    if (!result.allowed) {
      expect(result.reason).toEqual({ key: "eventApplications.review.cannotDecide", values: { decision, status } });
      expect(say(result.reason)).toMatch(/^This application cannot be (accepted|declined|wait-listed): .+\.$/);
      expect(say(result.reason)).not.toMatch(/its status is/);
    }
  });

  it("says why, in words about the person", () => {
    const refused = (decision: (typeof REVIEW_DECISIONS)[number], status: (typeof STATUSES)[number]) => {
      const check = canTake(REVIEW_WORKFLOW, decision, status);
      return !check.allowed && say(check.reason);
    };
    expect(refused("accept", "withdrawn")).toBe("This application cannot be accepted: the person has withdrawn it.");
    expect(refused("waitlist", "waitlisted")).toBe("This application cannot be wait-listed: it is already on the waiting list.");
  });

  it("offers the page the allowed decisions in a fixed order", () => {
    expect(decisionsFrom(REVIEW_WORKFLOW, "pending")).toEqual(["accept", "decline", "waitlist"]);
    expect(decisionsFrom(REVIEW_WORKFLOW, "withdrawn")).toEqual([]);
  });

  it("is taken by staff, records each decision under its own audit action and emails the applicant", () => {
    for (const decision of REVIEW_DECISIONS) {
      const transition = REVIEW_WORKFLOW.transitions[decision];
      expect(transition).toMatchObject({ by: "staff", message: "optional", emails: true });
      expect(transition.audit).toBe(`event.application.${transition.to}`);
    }
  });
});

describe("seats taken and freed", () => {
  it("accepting takes a seat unless the person holds one already", () => {
    expect(takesSeat("accept", "pending")).toBe(true);
    expect(takesSeat("accept", "waitlisted")).toBe(true);
    expect(takesSeat("accept", "declined")).toBe(true);
    expect(takesSeat("decline", "pending")).toBe(false);
    expect(takesSeat("waitlist", "pending")).toBe(false);
  });

  it("declining or wait-listing someone who held a seat frees it", () => {
    for (const status of ["accepted", "registered", "offered"]) expect(freesSeat("decline", status)).toBe(true);
    expect(freesSeat("waitlist", "accepted")).toBe(true);
    expect(freesSeat("decline", "pending")).toBe(false);
    expect(freesSeat("decline", "waitlisted")).toBe(false);
    expect(freesSeat("accept", "pending")).toBe(false);
  });
});

describe("seatsCheck", () => {
  it("lets anything through when the seats are not limited", () => {
    expect(seatsCheck(null, 500, 100)).toEqual({ allowed: true });
  });

  it("fills the last seat, not one more", () => {
    expect(seatsCheck(10, 9, 1)).toEqual({ allowed: true });
    expect(seatsCheck(10, 5, 5)).toEqual({ allowed: true });
    const full = seatsCheck(10, 10, 1);
    expect(full.allowed).toBe(false);
    if (!full.allowed) expect(say(full.reason)).toMatch(/^Every seat is taken/);
  });

  it("says how many seats are free when a group does not fit", () => {
    const check = seatsCheck(10, 8, 5);
    expect(check).toEqual({ allowed: false, reason: { key: "eventApplications.review.errors.tooFewSeats", values: { free: 2, capacity: 10, count: 5 } } });
    expect(say(!check.allowed && check.reason)).toBe("Only 2 of 10 seats are free, so 5 people cannot be accepted. Nothing was changed: choose fewer, or raise the capacity.");
    const one = seatsCheck(10, 9, 2);
    expect(say(!one.allowed && one.reason)).toMatch(/^Only 1 of 10 seats is free/);
  });

  it("treats an event already over capacity (capacity lowered by hand) as full", () => {
    const check = seatsCheck(3, 5, 1);
    expect(say(!check.allowed && check.reason)).toMatch(/^Every seat is taken/);
  });
});

describe("the bulk question", () => {
  it("asks with the count", () => {
    const ask = (decision: string, count: number) => say({ key: "eventApplications.review.bulkQuestion", values: { decision, count } });
    expect(ask("accept", 5)).toBe("Accept 5 applications?");
    expect(ask("waitlist", 1)).toBe("Wait-list 1 application?");
    expect(ask("decline", 2)).toBe("Decline 2 applications?");
  });
});

describe("applicationDecisionSchema", () => {
  const version = "2027-01-31T10:20:30.456Z";

  it("reads one or several chosen applications with the version the page showed", () => {
    const one = applicationDecisionSchema.parse({ eventId: "e1", decision: "accept", applications: `abc123@${version}`, message: "  " });
    expect(one).toEqual({ eventId: "e1", decision: "accept", applications: [{ id: "abc123", version }], message: undefined, back: "" });
    const many = applicationDecisionSchema.parse({ eventId: "e1", decision: "waitlist", applications: [`a1@${version}`, `b2@${version}`], message: " See you. " });
    expect(many.applications.map((a) => a.id)).toEqual(["a1", "b2"]);
    expect(many.message).toBe("See you.");
  });

  it("refuses nothing chosen, an unknown decision and a malformed choice", () => {
    const none = applicationDecisionSchema.safeParse({ eventId: "e1", decision: "accept" });
    expect(none.success).toBe(false);
    expect(none.error?.issues[0]?.message).toBe("eventApplications.review.errors.chooseOne");
    expect(applicationDecisionSchema.safeParse({ eventId: "e1", decision: "approve", applications: `a@${version}` }).success).toBe(false);
    expect(applicationDecisionSchema.safeParse({ eventId: "e1", decision: "accept", applications: "a1" }).success).toBe(false);
  });

  it("limits the message", () => {
    const long = applicationDecisionSchema.safeParse({ eventId: "e1", decision: "accept", applications: `a1@${version}`, message: "x".repeat(4001) });
    expect(long.error?.issues[0]?.message).toBe("eventApplications.review.errors.messageTooLong");
    expect(say({ key: "eventApplications.review.errors.messageTooLong", values: { max: 4000 } })).toBe("Keep the message to 4,000 characters or fewer.");
  });
});
