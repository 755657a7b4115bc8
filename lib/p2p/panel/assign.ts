// Who reviews what, when staff let the site assign: pure, so the rule is tested apart from the
// database. Each application gets the reviews it still needs; each pick is the panelist with
// the lightest load who is not in conflict and not already on it; ties go the same way every
// time (by id), so a repeated run changes nothing.

export type AssignmentNeed = {
  applicationId: string;
  /** Panelists who may never review it: owners of the visiting or the host hub, and those who declared a conflict. */
  excluded: ReadonlySet<string>;
  /** Panelists on it now (assigned or confirmed). */
  current: readonly string[];
};

export type Panelist = { userId: string; load: number };

export type Pick = { applicationId: string; reviewerId: string };

/**
 * The assignments to add so every application has `needed` reviewers, balancing load. An
 * application that cannot be filled (too few panelists without a conflict) gets as many as can
 * be found; `short` lists it with how many it still lacks, for staff to see.
 */
export function planAssignments(
  needs: readonly AssignmentNeed[],
  panel: readonly Panelist[],
  needed: number,
): { picks: Pick[]; short: { applicationId: string; missing: number }[] } {
  const load = new Map(panel.map((p) => [p.userId, p.load]));
  const picks: Pick[] = [];
  const short: { applicationId: string; missing: number }[] = [];
  // The hardest to fill first: fewest eligible panelists.
  const eligible = (need: AssignmentNeed) => panel.filter((p) => !need.excluded.has(p.userId) && !need.current.includes(p.userId));
  const ordered = [...needs].sort((a, b) => eligible(a).length - eligible(b).length || a.applicationId.localeCompare(b.applicationId));
  for (const need of ordered) {
    let missing = needed - need.current.length;
    const on = new Set(need.current);
    while (missing > 0) {
      const candidates = panel
        .filter((p) => !need.excluded.has(p.userId) && !on.has(p.userId))
        .sort((a, b) => load.get(a.userId)! - load.get(b.userId)! || a.userId.localeCompare(b.userId));
      const chosen = candidates[0];
      if (!chosen) break;
      picks.push({ applicationId: need.applicationId, reviewerId: chosen.userId });
      on.add(chosen.userId);
      load.set(chosen.userId, load.get(chosen.userId)! + 1);
      missing--;
    }
    if (missing > 0) short.push({ applicationId: need.applicationId, missing });
  }
  return { picks, short };
}
