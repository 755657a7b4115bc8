// What staff may decide about a hub in each status, and what they are told when they cannot.
import { describe, expect, it } from "vitest";
import type { HubStatus } from "@/lib/generated/prisma/enums";
import { hubSnapshot } from "@/lib/hubs/rules";
import {
  canDecide,
  canDecideRequest,
  decisionsFor,
  HUB_DECISIONS,
  snapshotVersion,
  staleDecisionReason,
  submissionKind,
  TRANSITIONS,
} from "@/lib/hubs/moderation/rules";
import { hubDecisionSchema, requestDecisionSchema } from "@/lib/hubs/moderation/schema";

const STATUSES: HubStatus[] = ["pending", "published", "changes_requested", "rejected", "archived"];

describe("canDecide", () => {
  const allowed: Record<HubStatus, string[]> = {
    pending: ["approve", "request-changes", "reject"],
    published: ["archive"],
    changes_requested: [],
    rejected: [],
    archived: [],
  };

  it.each(STATUSES.flatMap((status) => HUB_DECISIONS.map((decision) => ({ status, decision }))))("$decision from $status", ({ status, decision }) => {
    const result = canDecide(status, decision);
    expect(result.allowed).toBe(allowed[status].includes(decision));
    if (!result.allowed) expect(result.reason).toMatch(/^Only (hubs waiting for review|published hubs) can be .+; this one is “.+”\.$/);
  });

  it("names the hub's status in words when refusing", () => {
    expect(canDecide("published", "approve")).toEqual({ allowed: false, reason: "Only hubs waiting for review can be approved; this one is “Published”." });
    expect(canDecide("rejected", "archive")).toEqual({ allowed: false, reason: "Only published hubs can be archived; this one is “Not accepted”." });
  });

  it("lists the decisions open in each status, in the page's order", () => {
    for (const status of STATUSES) expect(decisionsFor(status)).toEqual(allowed[status]);
  });

  it("moves each decision to a different status, recorded under the hub's audit names", () => {
    expect(Object.fromEntries(HUB_DECISIONS.map((d) => [d, [TRANSITIONS[d].to, TRANSITIONS[d].audit]]))).toEqual({
      approve: ["published", "hub.approved"],
      "request-changes": ["changes_requested", "hub.changes-requested"],
      reject: ["rejected", "hub.rejected"],
      archive: ["archived", "hub.archived"],
    });
  });
});

describe("staleDecisionReason", () => {
  it("says someone else decided when the status moved on", () => {
    expect(staleDecisionReason("pending", "published")).toMatch(/^Someone else already decided on this hub: it is now “Published”\./);
  });
  it("says the owners changed the hub when only its fields moved on", () => {
    expect(staleDecisionReason("pending", "pending")).toMatch(/^The owners changed this hub after you opened it\./);
  });
});

describe("snapshotVersion", () => {
  const hub = { name: "Factoría", city: "Madrid", disciplines: ["music"], latitude: 40.4, status: "pending", updatedAt: new Date() };
  it("is stable for the same public fields, whatever else differs", () => {
    expect(snapshotVersion(hubSnapshot(hub))).toBe(snapshotVersion(hubSnapshot({ ...hub, status: "published", updatedAt: new Date(0) })));
    expect(snapshotVersion(hubSnapshot(hub))).toMatch(/^[0-9a-f]{32}$/);
  });
  it("changes when any reviewed field changes", () => {
    const before = snapshotVersion(hubSnapshot(hub));
    expect(snapshotVersion(hubSnapshot({ ...hub, name: "Factoria" }))).not.toBe(before);
    expect(snapshotVersion(hubSnapshot({ ...hub, disciplines: ["music", "design"] }))).not.toBe(before);
    expect(snapshotVersion(hubSnapshot({ ...hub, contactEmail: "new@example.org" }))).not.toBe(before);
  });
});

describe("submissionKind and canDecideRequest", () => {
  it("calls a hub never reviewed new, and one reviewed before resubmitted", () => {
    expect(submissionKind({ reviewedSnapshot: null })).toBe("new");
    expect(submissionKind({ reviewedSnapshot: { name: "x" } })).toBe("resubmitted");
  });
  it("decides a request only while it is pending", () => {
    expect(canDecideRequest("pending")).toEqual({ allowed: true });
    expect(canDecideRequest("approved")).toEqual({ allowed: false, reason: "Someone else already approved this request. Nothing was changed; reload the page to see it." });
    expect(canDecideRequest("declined").allowed).toBe(false);
  });
});

describe("hubDecisionSchema", () => {
  const base = { hubId: "hub1", version: "a".repeat(32) };
  it("needs a message to request changes or reject, and none to approve or archive", () => {
    expect(hubDecisionSchema.safeParse({ ...base, decision: "approve" }).success).toBe(true);
    expect(hubDecisionSchema.safeParse({ ...base, decision: "archive", message: "" })).toMatchObject({ success: true, data: { message: undefined } });
    for (const decision of ["request-changes", "reject"]) {
      for (const message of [undefined, "", "   "]) {
        const result = hubDecisionSchema.safeParse({ ...base, decision, message });
        expect(result.success).toBe(false);
        expect(result.error!.issues[0]!.path).toEqual(["message"]);
      }
      expect(hubDecisionSchema.safeParse({ ...base, decision, message: "  Add a photo. " })).toMatchObject({ success: true, data: { message: "Add a photo." } });
    }
  });
  it("refuses unknown decisions, overlong messages and malformed versions", () => {
    expect(hubDecisionSchema.safeParse({ ...base, decision: "publish" }).success).toBe(false);
    expect(hubDecisionSchema.safeParse({ ...base, decision: "reject", message: "x".repeat(4001) }).success).toBe(false);
    expect(hubDecisionSchema.safeParse({ ...base, version: "not-a-version", decision: "approve" }).success).toBe(false);
  });
  it("takes a request decision with an optional message", () => {
    expect(requestDecisionSchema.parse({ requestId: "r1", decision: "decline", message: "", from: "elsewhere" })).toEqual({ requestId: "r1", decision: "decline", message: undefined, from: "queue" });
  });
});
