import "server-only";
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { FETCH_PROBLEMS, type FetchProblem } from "@/lib/net/public-fetch";

// Staff read the published resources whose link failed its last check (the resource-links job,
// lib/resources/link-check.ts), newest check first, to mend or archive them.
//
// listBrokenLinks(actor, { page }) → {
//   links: { id, slug, title, url: string,
//            status: number | null,        HTTP status of the last answer; null: no answer at all
//            problem: FetchProblem | null,  the code (words: components/admin/tools/link-problems.ts)
//            checkedAt: Date }[],
//   total, page, pages
// }
// Anyone but staff: NotFoundError. `page` is clamped to 1…pages.

const LINKS_PER_PAGE = 50;
const MAX_PAGE = 10_000;

const brokenWhere = {
  status: "published",
  url: { not: null },
  linkCheckedAt: { not: null },
  OR: [{ linkProblem: { not: null } }, { linkStatus: { gte: 400 } }],
} satisfies Prisma.ResourceWhereInput;

const brokenSelect = { id: true, slug: true, title: true, url: true, linkStatus: true, linkProblem: true, linkCheckedAt: true } satisfies Prisma.ResourceSelect;

const isFetchProblem = (code: string | null): code is FetchProblem => (FETCH_PROBLEMS as readonly (string | null)[]).includes(code);

export async function listBrokenLinks(actor: Actor<"role"> | null, opts: { page: number }) {
  assertStaff(actor);
  const total = await db.resource.count({ where: brokenWhere });
  const pages = Math.max(1, Math.ceil(total / LINKS_PER_PAGE));
  const page = Math.min(pages, MAX_PAGE, Math.max(1, Math.floor(opts.page) || 1));
  const rows = await db.resource.findMany({
    where: brokenWhere,
    select: brokenSelect,
    orderBy: [{ linkCheckedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * LINKS_PER_PAGE,
    take: LINKS_PER_PAGE,
  });
  const links = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    url: r.url ?? "",
    status: r.linkStatus,
    problem: isFetchProblem(r.linkProblem) ? r.linkProblem : null,
    checkedAt: r.linkCheckedAt ?? new Date(0),
  }));
  return { links, total, page, pages };
}

export type BrokenLink = Awaited<ReturnType<typeof listBrokenLinks>>["links"][number];
