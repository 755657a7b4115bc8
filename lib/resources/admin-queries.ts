import "server-only";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import { searchText } from "@/lib/form-fields";
import { ResourceStatus } from "@/lib/generated/prisma/enums";

// Staff read the library whatever a resource's status: the list (by status, with counts, and by
// a word of the title), one resource with its relations, and the resources whose link the
// resource-links job found broken. Anyone else gets "not found".

type StaffActor = Actor<"role">;

const RESOURCES_PER_PAGE = 25;
const RESOURCE_STATUSES = Object.values(ResourceStatus);
const BROKEN_PER_PAGE = 50;
export const MAX_STAFF_SEARCH = 100;

export const staffResourceFilterSchema = z.object({
  status: z.enum(ResourceStatus).optional().catch(undefined),
  q: searchText.transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type StaffResourceFilters = z.output<typeof staffResourceFilterSchema>;

/** A link is broken when the last check found a problem or an error status (the job fills these in). */
export const brokenLinkWhere = { OR: [{ linkProblem: { not: null } }, { linkStatus: { gte: 400 } }] } satisfies Prisma.ResourceWhereInput;

const listedSelect = {
  id: true,
  slug: true,
  title: true,
  type: true,
  status: true,
  downloads: true,
  url: true,
  fileKey: true,
  fileName: true,
  linkStatus: true,
  linkProblem: true,
  linkCheckedAt: true,
  updatedAt: true,
} satisfies Prisma.ResourceSelect;

/** One page of resources, drafts first, each most recently changed first, with the number in each status. */
export async function listResourcesForStaff(actor: StaffActor | null, opts: { status?: ResourceStatus; q?: string; page: number }) {
  assertStaff(actor);
  const search: Prisma.ResourceWhereInput = opts.q ? { title: { contains: opts.q, mode: "insensitive" } } : {};
  const where: Prisma.ResourceWhereInput = { ...search, ...(opts.status ? { status: opts.status } : {}) };
  const [resources, byStatus] = await Promise.all([
    db.resource.findMany({ where, select: listedSelect, orderBy: [{ status: "asc" }, { updatedAt: "desc" }, { id: "asc" }], skip: (opts.page - 1) * RESOURCES_PER_PAGE, take: RESOURCES_PER_PAGE }),
    db.resource.groupBy({ by: ["status"], where: search, _count: { _all: true }, orderBy: { status: "asc" } }),
  ]);
  const counts = Object.fromEntries(RESOURCE_STATUSES.map((s) => [s, byStatus.find((g) => g.status === s)?._count._all ?? 0])) as Record<ResourceStatus, number>;
  // The counts by status are of the same search: the total is one of them, or their sum.
  const total = opts.status ? counts[opts.status] : RESOURCE_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  return { resources, total, counts, pages: Math.max(1, Math.ceil(total / RESOURCES_PER_PAGE)) };
}


export type StaffListedResource = Awaited<ReturnType<typeof listResourcesForStaff>>["resources"][number];

/** A resource with every field and the resources it names as its original. */
export async function getResourceForStaff(actor: StaffActor | null, id: string) {
  assertStaff(actor);
  const resource = await db.resource.findUnique({
    where: { id },
    select: {
      ...listedSelect,
      summary: true,
      description: true,
      topics: true,
      audience: true,
      level: true,
      languages: true,
      licence: true,
      format: true,
      durationMinutes: true,
      author: true,
      year: true,
      fileType: true,
      fileBytes: true,
      publishedAt: true,
      fromArchive: true,
      createdAt: true,
      relations: { select: { kind: true, to: { select: { id: true, slug: true, title: true, status: true } } }, orderBy: { to: { title: "asc" } } },
      suggestion: { select: { id: true, member: { select: { name: true } } } },
    },
  });
  if (!resource) throw new NotFoundError();
  return resource;
}

export type StaffResource = Awaited<ReturnType<typeof getResourceForStaff>>;

/** One page of the resources whose link is broken, the most recently checked first. */
export async function listBrokenLinks(actor: StaffActor | null, page = 1) {
  assertStaff(actor);
  const [resources, total] = await Promise.all([
    db.resource.findMany({ where: brokenLinkWhere, select: listedSelect, orderBy: [{ linkCheckedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }], skip: (page - 1) * BROKEN_PER_PAGE, take: BROKEN_PER_PAGE }),
    db.resource.count({ where: brokenLinkWhere }),
  ]);
  return { resources, total, pages: Math.max(1, Math.ceil(total / BROKEN_PER_PAGE)) };
}
