// What staff may decide about a hub (and a request to manage one) in each status, and what they
// are told when they cannot.
import { describe, expect, it } from "vitest";
import type { HubStatus, RequestStatus } from "@/lib/generated/prisma/enums";
import { hubSnapshot } from "@/lib/hubs/rules";
import { HUB_DECISIONS, HUB_MODERATION, MANAGEMENT_REQUESTS, REQUEST_DECISIONS, snapshotVersion, submissionKind } from "@/lib/hubs/moderation/rules";
import { approveHubSchema, archiveHubAsStaffSchema, rejectHubSchema, requestDecisionSchema, requestHubChangesSchema } from "@/lib/hubs/moderation/schema";
import { canTake, decisionsFrom } from "@/lib/workflow/transitions";

const STATUSES: HubStatus[] = ["pending", "published", "changes_requested", "rejected", "archived"];

describe("hub moderation (HUB_MODERATION)", () => {
  const allowed: Record<HubStatus, string[]> = {
    pending: ["approve", "requestChanges", "reject"],
    published: ["archive"],
    changes_requested: [],
    rejected: [],
    archived: [],
  };

  it.each(STATUSES.flatMap((status) => HUB_DECISIONS.map((decision) => ({ status, decision }))))("$decision from $status", ({ status, decision }) => {
    const result = canTake(HUB_MODERATION, decision, status);
    expect(result.allowed).toBe(allowed[status].includes(decision));
    if (!result.allowed) expect(result.reason).toEqual({ key: "hubManagement.moderation.refused", values: { decision, status } });
  });

  it("lists the decisions open in each status, in the page's order", () => {
    for (const status of STATUSES) expect(decisionsFrom(HUB_MODERATION, status)).toEqual(allowed[status]);
  });

  it("moves each decision to a different status, taken by staff, recorded under the hub's audit names", () => {
    const table = Object.fromEntries(HUB_DECISIONS.map((d) => [d, [HUB_MODERATION.transitions[d].to, HUB_MODERATION.transitions[d].audit, HUB_MODERATION.transitions[d].by]]));
    expect(table).toEqual({
      approve: ["published", "hub.approved", "staff"],
      requestChanges: ["changes_requested", "hub.changes-requested", "staff"],
      reject: ["rejected", "hub.rejected", "staff"],
      archive: ["archived", "hub.archived", "staff"],
    });
  });

  it("asks for a message where the owners need one", () => {
    expect(Object.fromEntries(HUB_DECISIONS.map((d) => [d, HUB_MODERATION.transitions[d].message]))).toEqual({
      approve: "none",
      requestChanges: "required",
      reject: "required",
      archive: "optional",
    });
  });
});

describe("requests to manage a hub (MANAGEMENT_REQUESTS)", () => {
  it("are decided once, while pending", () => {
    for (const decision of REQUEST_DECISIONS) {
      expect(canTake(MANAGEMENT_REQUESTS, decision, "pending")).toEqual({ allowed: true });
      for (const status of ["approved", "declined"] as RequestStatus[]) {
        expect(canTake(MANAGEMENT_REQUESTS, decision, status)).toEqual({ allowed: false, reason: { key: "hubManagement.requests.refused", values: { decision, status } } });
      }
    }
    expect(MANAGEMENT_REQUESTS.transitions.approve).toMatchObject({ to: "approved", audit: "hub.manager-approved" });
    expect(MANAGEMENT_REQUESTS.transitions.decline).toMatchObject({ to: "declined", audit: "hub.manager-declined" });
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

describe("submissionKind", () => {
  it("calls a hub never reviewed new, and one reviewed before resubmitted", () => {
    expect(submissionKind({ reviewedSnapshot: null })).toBe("new");
    expect(submissionKind({ reviewedSnapshot: { name: "x" } })).toBe("resubmitted");
  });
});

describe("the decision schemas", () => {
  const base = { hubId: "hub1", version: "a".repeat(32) };
  it("need a message to request changes or reject, and none to approve or archive", () => {
    expect(approveHubSchema.safeParse(base).success).toBe(true);
    expect(archiveHubAsStaffSchema.safeParse({ ...base, message: "" })).toMatchObject({ success: true, data: { message: undefined } });
    const needed = [
      [requestHubChangesSchema, "hubManagement.moderation.errors.changesMissing"],
      [rejectHubSchema, "hubManagement.moderation.errors.reasonMissing"],
    ] as const;
    for (const [schema, key] of needed) {
      for (const message of [undefined, "", "   "]) {
        const result = schema.safeParse({ ...base, message });
        expect(result.success).toBe(false);
        expect(result.error!.issues[0]).toMatchObject({ path: ["message"], message: key });
      }
      expect(schema.safeParse({ ...base, message: "  Add a photo. " })).toMatchObject({ success: true, data: { message: "Add a photo." } });
    }
  });
  it("refuse overlong messages and malformed versions", () => {
    expect(rejectHubSchema.safeParse({ ...base, message: "x".repeat(4001) }).success).toBe(false);
    expect(approveHubSchema.safeParse({ ...base, version: "not-a-version" }).success).toBe(false);
  });
  it("take a request decision with an optional message", () => {
    expect(requestDecisionSchema.parse({ requestId: "r1", message: "", from: "elsewhere" })).toEqual({ requestId: "r1", message: undefined, from: "queue" });
  });
});
