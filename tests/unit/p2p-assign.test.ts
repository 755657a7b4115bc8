// Who reviews what when staff let the site assign (lib/p2p/panel/assign.ts): each application
// gets the reviews it still needs, never from someone excluded or already on it, the lightest
// load first, the same answer every time; what cannot be filled is reported.
import { describe, expect, it } from "vitest";
import { planAssignments, type AssignmentNeed, type Panelist } from "@/lib/p2p/panel/assign";

const need = (applicationId: string, opts: { excluded?: string[]; current?: string[] } = {}): AssignmentNeed => ({
  applicationId,
  excluded: new Set(opts.excluded ?? []),
  current: opts.current ?? [],
});
const panel = (...ids: string[]): Panelist[] => ids.map((userId) => ({ userId, load: 0 }));
const loads = (picks: { reviewerId: string }[]) => picks.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.reviewerId]: (acc[p.reviewerId] ?? 0) + 1 }), {});

describe("planAssignments", () => {
  it("gives six applications two reviewers each from four panelists, three each", () => {
    const needs = ["a1", "a2", "a3", "a4", "a5", "a6"].map((id) => need(id));
    const { picks, short } = planAssignments(needs, panel("r1", "r2", "r3", "r4"), 2);
    expect(short).toEqual([]);
    expect(picks).toHaveLength(12);
    expect(loads(picks)).toEqual({ r1: 3, r2: 3, r3: 3, r4: 3 });
    for (const id of ["a1", "a2", "a3", "a4", "a5", "a6"]) {
      const on = picks.filter((p) => p.applicationId === id).map((p) => p.reviewerId);
      expect(new Set(on).size).toBe(2);
    }
  });

  it("never picks someone excluded, and reports what it cannot fill", () => {
    const { picks, short } = planAssignments([need("a1", { excluded: ["r1", "r2"] }), need("a2", { excluded: ["r3"] })], panel("r1", "r2", "r3"), 2);
    expect(picks.filter((p) => p.applicationId === "a1").map((p) => p.reviewerId)).toEqual(["r3"]);
    expect(picks.filter((p) => p.applicationId === "a2").map((p) => p.reviewerId).sort()).toEqual(["r1", "r2"]);
    expect(short).toEqual([{ applicationId: "a1", missing: 1 }]);
  });

  it("adds only what is missing, never someone already on it, and nothing when every application is full", () => {
    const first = planAssignments([need("a1", { current: ["r1"] })], panel("r1", "r2"), 2);
    expect(first).toEqual({ picks: [{ applicationId: "a1", reviewerId: "r2" }], short: [] });
    expect(planAssignments([need("a1", { current: ["r1", "r2"] })], panel("r1", "r2", "r3"), 2)).toEqual({ picks: [], short: [] });
  });

  it("counts the load panelists already carry", () => {
    const { picks } = planAssignments([need("a1")], [{ userId: "r1", load: 4 }, { userId: "r2", load: 0 }, { userId: "r3", load: 1 }], 2);
    expect(picks.map((p) => p.reviewerId)).toEqual(["r2", "r3"]);
  });

  it("fills the hardest application first, so a scarce reviewer goes where only they can", () => {
    // r1 is the only one a2 may have; filled first, a2 gets r1 and a1 takes r2.
    const { picks, short } = planAssignments([need("a1"), need("a2", { excluded: ["r2"] })], panel("r1", "r2"), 1);
    expect(short).toEqual([]);
    expect(picks).toEqual(expect.arrayContaining([{ applicationId: "a2", reviewerId: "r1" }, { applicationId: "a1", reviewerId: "r2" }]));
  });

  it("gives the same answer whatever order the applications and the panel come in", () => {
    const needs = ["a3", "a1", "a2"].map((id) => need(id));
    const one = planAssignments(needs, panel("r2", "r1", "r3"), 2);
    const other = planAssignments([...needs].reverse(), panel("r3", "r1", "r2"), 2);
    const sorted = (p: { applicationId: string; reviewerId: string }[]) => [...p].sort((x, y) => `${x.applicationId}${x.reviewerId}`.localeCompare(`${y.applicationId}${y.reviewerId}`));
    expect(sorted(one.picks)).toEqual(sorted(other.picks));
  });

  it("with no panel, reports every application short by what it needs", () => {
    expect(planAssignments([need("a1"), need("a2", { current: ["r9"] })], [], 2)).toEqual({ picks: [], short: [{ applicationId: "a1", missing: 2 }, { applicationId: "a2", missing: 1 }] });
  });
});
