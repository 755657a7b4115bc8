import "server-only";
import type { Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import type { ResourceType } from "@/lib/generated/prisma/enums";
import { RESERVED_RESOURCE_SLUGS } from "@/lib/resources/form-schema";
import { firstFreeSlug, numberedSlugCandidates } from "@/lib/slugs";

type Tx = Prisma.TransactionClient;

export type ResourceDraftInput = { title: string; type: ResourceType; url?: string | null; summary?: string };

/** The address a new resource takes from its title, made unique among the library's addresses, current and former. */
async function freeSlug(tx: Tx, title: string): Promise<string> {
  const candidates = numberedSlugCandidates(title, "resource");
  const takenNow = await tx.resource.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
  const takenBefore = await tx.resourceFormerSlug.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
  const taken = new Set([...RESERVED_RESOURCE_SLUGS, ...[...takenNow, ...takenBefore].map((r) => r.slug)]);
  return firstFreeSlug(candidates, taken, candidates[0]);
}

/**
 * A new draft resource, inside the caller's transaction, with its audit row: staff starting
 * one, or a member's suggestion accepted (its `from` says which). Staff fill in the rest.
 */
export async function createResourceDraft(tx: Tx, actorId: string, input: ResourceDraftInput, from: { suggestionId?: string } = {}): Promise<{ id: string; slug: string }> {
  const slug = await freeSlug(tx, input.title);
  const resource = await tx.resource.create({
    data: { slug, title: input.title, type: input.type, url: input.url ?? null, summary: input.summary ?? "", format: input.url ? "web" : null },
    select: { id: true, slug: true },
  });
  await recordAudit(tx, { actorId, action: "resource.created", targetType: "resource", targetId: resource.id, data: { title: input.title, ...from } });
  return resource;
}
