import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import { REVIEWABLE_STATUSES } from "@/lib/p2p/applications/workflow";
import { conflictedWith, conflictSelect } from "@/lib/p2p/panel/fill";

// What staff read of a round's panel: the rubric, the panelists with their load, a page of the
// reviewable applications with their reviewers, those short of reviewers, and every declared
// conflict with its reason and its replacement. Each takes the acting user; anyone else gets
// "not found". The queries are the same whatever the number of applications: one page is read.

type StaffActor = Actor<"role">;

export const PANEL_APPLICATIONS_PER_PAGE = 25;

const hubNamed = { select: { name: true, city: true, countryCode: true } } as const;

/** The panel's settings: the round's review facts, its criteria, how many reviews exist (one locks the rubric) and how many assignments await theirs. */
export async function getPanelSettingsForStaff(actor: StaffActor | null, roundId: string) {
  assertStaff(actor);
  const round = await db.p2PRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      status: true,
      reviewsNeeded: true,
      panelClosedAt: true,
      criteria: { select: { name: true, description: true, weight: true, labels: true }, orderBy: { position: "asc" } },
    },
  });
  if (!round) throw new NotFoundError();
  const [reviews, unreviewed] = await Promise.all([
    db.p2PReview.count({ where: { roundId } }),
    db.p2PAssignment.count({ where: { roundId, status: { not: "conflict" }, review: { is: null } } }),
  ]);
  return { ...round, reviews, unreviewed };
}

/** The panel, by name: each person's assignments (declared conflicts apart) and submitted reviews in the round. */
export async function listPanelistsForStaff(actor: StaffActor | null, roundId: string) {
  assertStaff(actor);
  const panelists = await db.p2PPanelist.findMany({
    where: { roundId },
    select: {
      userId: true,
      createdAt: true,
      user: {
        select: {
          name: true,
          email: true,
          role: true,
          _count: {
            select: {
              p2pAssignments: { where: { roundId, status: { not: "conflict" } } },
              p2pReviews: { where: { roundId } },
            },
          },
        },
      },
    },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
  });
  return panelists.map((p) => ({ userId: p.userId, name: p.user.name, email: p.user.email, role: p.user.role, load: p.user._count.p2pAssignments, reviewed: p.user._count.p2pReviews }));
}

export type StaffPanelist = Awaited<ReturnType<typeof listPanelistsForStaff>>[number];

/** Reviewable applications of the round with fewer reviewers (declared conflicts apart) than it needs, oldest first: ids and counts. */
async function shortApplications(roundId: string, needed: number) {
  return db.$queryRaw<{ id: string; reviewers: number }[]>`
    SELECT a."id", count(s."id")::int AS "reviewers"
    FROM "P2PApplication" a
    LEFT JOIN "P2PAssignment" s ON s."applicationId" = a."id" AND s."status" <> 'conflict'
    WHERE a."roundId" = ${roundId} AND a."status"::text IN (${Prisma.join([...REVIEWABLE_STATUSES])})
    GROUP BY a."id"
    HAVING count(s."id") < ${needed}
    ORDER BY min(a."createdAt"), a."id"`;
}

const applicationRowSelect = {
  id: true,
  applicant: { select: { name: true } },
  ...conflictSelect,
  visitingHub: { select: { ...hubNamed.select, ...conflictSelect.visitingHub.select } },
  hostHub: { select: { ...hubNamed.select, ...conflictSelect.hostHub.select } },
  assignments: {
    select: { id: true, reviewerId: true, status: true, assignedById: true, reviewer: { select: { name: true } }, review: { select: { submittedAt: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.P2PApplicationSelect;

/**
 * One page of the round's reviewable applications (or only those short of reviewers), oldest
 * first, each with its reviewers and who on the panel may still be added (not in conflict, not
 * on it already). `short` counts every application short of reviewers, on any page.
 */
export async function listPanelApplicationsForStaff(actor: StaffActor | null, roundId: string, opts: { page: number; show: "all" | "short"; panel: readonly { userId: string }[] }) {
  assertStaff(actor);
  const round = await db.p2PRound.findUnique({ where: { id: roundId }, select: { reviewsNeeded: true } });
  if (!round) throw new NotFoundError();
  const short = await shortApplications(roundId, round.reviewsNeeded);
  const skip = (opts.page - 1) * PANEL_APPLICATIONS_PER_PAGE;
  const where: Prisma.P2PApplicationWhereInput =
    opts.show === "short"
      ? { id: { in: short.slice(skip, skip + PANEL_APPLICATIONS_PER_PAGE).map((s) => s.id) } }
      : { roundId, status: { in: [...REVIEWABLE_STATUSES] } };
  const [total, rows] = await Promise.all([
    opts.show === "short" ? short.length : db.p2PApplication.count({ where }),
    db.p2PApplication.findMany({
      where,
      select: applicationRowSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...(opts.show === "short" ? {} : { skip, take: PANEL_APPLICATIONS_PER_PAGE }),
    }),
  ]);
  const applications = rows.map((a) => {
    const conflicted = conflictedWith(a);
    const on = new Set(a.assignments.map((x) => x.reviewerId));
    return {
      id: a.id,
      applicant: a.applicant.name,
      visitingHub: { name: a.visitingHub.name, city: a.visitingHub.city, countryCode: a.visitingHub.countryCode },
      hostHub: { name: a.hostHub.name, city: a.hostHub.city, countryCode: a.hostHub.countryCode },
      reviewers: a.assignments.map((x) => ({
        assignmentId: x.id,
        reviewerId: x.reviewerId,
        name: x.reviewer.name,
        state: x.review ? ("reviewed" as const) : x.status,
        bySite: x.assignedById === null,
      })),
      eligible: opts.panel.filter((p) => !conflicted.has(p.userId) && !on.has(p.userId)).map((p) => p.userId),
    };
  });
  return { applications, total, pages: Math.max(1, Math.ceil(total / PANEL_APPLICATIONS_PER_PAGE)), short: short.length, reviewsNeeded: round.reviewsNeeded };
}

export type StaffPanelApplication = Awaited<ReturnType<typeof listPanelApplicationsForStaff>>["applications"][number];

/**
 * Every conflict declared in the round, newest first: who, on which application, why, and who
 * was assigned to it since (the site's replacement, or staff's).
 */
export async function listConflictsForStaff(actor: StaffActor | null, roundId: string) {
  assertStaff(actor);
  const conflicts = await db.p2PAssignment.findMany({
    where: { roundId, status: "conflict" },
    select: {
      id: true,
      conflictReason: true,
      declaredAt: true,
      reviewer: { select: { name: true } },
      application: {
        select: {
          id: true,
          visitingHub: { select: { name: true } },
          hostHub: { select: { name: true } },
          assignments: { where: { status: { not: "conflict" } }, select: { createdAt: true, assignedById: true, reviewer: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
        },
      },
    },
    orderBy: [{ declaredAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  });
  return conflicts.map((c) => ({
    id: c.id,
    reviewer: c.reviewer.name,
    reason: c.conflictReason ?? "",
    declaredAt: c.declaredAt,
    application: { id: c.application.id, visitingHub: c.application.visitingHub.name, hostHub: c.application.hostHub.name },
    replacements: c.application.assignments
      .filter((a) => c.declaredAt !== null && a.createdAt >= c.declaredAt)
      .map((a) => ({ name: a.reviewer.name, bySite: a.assignedById === null })),
  }));
}

export type StaffConflict = Awaited<ReturnType<typeof listConflictsForStaff>>[number];
