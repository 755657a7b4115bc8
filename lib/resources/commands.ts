import "server-only";
import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import type { ResourceStatus } from "@/lib/generated/prisma/enums";
import { createResourceDraft } from "@/lib/resources/drafts";
import type { NewResourceInput, ResourceInput } from "@/lib/resources/form-schema";
import { formatOfFile, publishGaps } from "@/lib/resources/rules";
import { RESOURCE_WORKFLOW, type ResourceDecision } from "@/lib/resources/workflow";
import { fileStorage } from "@/lib/storage";
import type { StoredDocument } from "@/lib/storage/documents";
import { takeDecision } from "@/lib/workflow/take";

// Staff add resources to the library, edit them, give them a file and move them through
// RESOURCE_WORKFLOW; readers' downloads are counted. Each change is one transaction with its
// audit row, under the resource's row lock; anyone else gets "not found" and changes nothing.
// Callers refresh the public pages when `public` says a change shows there (lib/revalidate.ts).

type StaffActor = Actor<"id" | "role">;
type Tx = Prisma.TransactionClient;

const LOCKED = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  type: true,
  topics: true,
  audience: true,
  level: true,
  languages: true,
  licence: true,
  format: true,
  durationMinutes: true,
  author: true,
  year: true,
  url: true,
  fileKey: true,
  status: true,
  publishedAt: true,
} satisfies Prisma.ResourceSelect;

async function lockResource(tx: Tx, resourceId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Resource" WHERE "id" = ${resourceId} FOR UPDATE`;
  const resource = await tx.resource.findUnique({ where: { id: resourceId }, select: LOCKED });
  if (!resource) throw new NotFoundError();
  return resource;
}

type Locked = Awaited<ReturnType<typeof lockResource>>;

export type ResourceChange = { id: string; slug: string; status: ResourceStatus; changed: boolean; public: boolean };

function assertPublishable(resource: Parameters<typeof publishGaps>[0]) {
  const gap = publishGaps(resource)[0];
  if (gap) throw UserError.of(gap.reason, gap.field);
}

/** Starts a draft from a title, a type and perhaps a link; staff fill in the rest on its page. */
export async function createResource(actor: StaffActor | null, input: NewResourceInput): Promise<{ id: string; slug: string }> {
  assertStaff(actor);
  return db.$transaction((tx) => createResourceDraft(tx, actor.id, { title: input.title, type: input.type, url: input.url ?? null }));
}

type Relations = { translationOf: string[]; adaptedFrom: string[] };

/** The related resources named by address, as ids; one that is not in the library, or the resource itself, is refused beside its field. */
async function resolveRelations(tx: Tx, resource: Locked, slug: string, relations: Relations) {
  const named = [...relations.translationOf, ...relations.adaptedFrom];
  if (!named.length) return [];
  const found = await tx.resource.findMany({ where: { slug: { in: named } }, select: { id: true, slug: true } });
  const resolved: { toId: string; kind: "translation_of" | "adapted_from" }[] = [];
  for (const [field, kind] of [["translationOf", "translation_of"], ["adaptedFrom", "adapted_from"]] as const) {
    for (const address of relations[field]) {
      if (address === slug || address === resource.slug) throw new UserError("staff.resources.errors.relationSelf", field);
      const other = found.find((r) => r.slug === address);
      if (!other) throw new UserError("staff.resources.errors.relationMissing", field, { address });
      // One relation between two resources: named under both, it is a translation.
      if (!resolved.some((r) => r.toId === other.id)) resolved.push({ toId: other.id, kind });
    }
  }
  return resolved;
}

/** A new address must be free among resources and among other resources' former ones; the resource's own former one it may take back. */
async function moveSlug(tx: Tx, resource: Locked, slug: string) {
  const former = await tx.resourceFormerSlug.findUnique({ where: { slug }, select: { resourceId: true } });
  if (former && former.resourceId !== resource.id) throw new UserError("staff.resources.errors.slugTaken", "slug");
  if (former) await tx.resourceFormerSlug.delete({ where: { slug } });
  // Only a published address was ever shared: a draft's may change freely.
  if (resource.publishedAt) await tx.resourceFormerSlug.upsert({ where: { slug: resource.slug }, create: { slug: resource.slug, resourceId: resource.id }, update: { resourceId: resource.id } });
}

const FIELDS = ["title", "slug", "summary", "description", "type", "topics", "audience", "level", "languages", "licence", "format", "durationMinutes", "author", "year", "url"] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves staff's changes to every field and its relations; with `publish`, publishes in the same
 * transaction (a refusal saves nothing). A published resource must stay publishable.
 */
export async function updateResource(actor: StaffActor | null, resourceId: string, input: ResourceInput, opts: { publish?: boolean } = {}): Promise<ResourceChange> {
  assertStaff(actor);
  try {
    return await db.$transaction(async (tx) => {
      const resource = await lockResource(tx, resourceId);
      const { translationOf, adaptedFrom, ...fields } = input;
      const relations = await resolveRelations(tx, resource, fields.slug, { translationOf, adaptedFrom });
      const after = { ...resource, ...fields };
      if (resource.status === "published") assertPublishable(after);
      const changedFields = FIELDS.filter((f) => !same(resource[f], fields[f]));
      const current = await tx.resourceRelation.findMany({ where: { fromId: resource.id }, select: { toId: true, kind: true }, orderBy: { toId: "asc" } });
      const relationsChanged = !same(current, [...relations].sort((a, b) => a.toId.localeCompare(b.toId)));
      // A new link has not been checked yet: the old one's result would be about another address.
      const uncheckedLink = changedFields.includes("url") ? { linkStatus: null, linkProblem: null, linkCheckedAt: null } : {};
      if (fields.slug !== resource.slug) await moveSlug(tx, resource, fields.slug);
      if (changedFields.length) await tx.resource.update({ where: { id: resource.id }, data: { ...fields, ...uncheckedLink } });
      if (relationsChanged) {
        await tx.resourceRelation.deleteMany({ where: { fromId: resource.id } });
        if (relations.length) await tx.resourceRelation.createMany({ data: relations.map((r) => ({ fromId: resource.id, ...r })) });
      }
      const changed = changedFields.length > 0 || relationsChanged;
      if (changed) {
        const named = [...changedFields, ...(relationsChanged ? ["relations"] : [])];
        await recordAudit(tx, { actorId: actor.id, action: "resource.updated", targetType: "resource", targetId: resource.id, data: { title: fields.title, changes: named } });
      }
      const status = opts.publish ? await decide(tx, actor, after, "publish") : resource.status;
      return { id: resource.id, slug: fields.slug, status, changed, public: resource.status === "published" || status === "published" };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError("staff.resources.errors.slugTaken", "slug");
    throw e;
  }
}

/** One move of RESOURCE_WORKFLOW on a resource locked by the caller. The first publication stamps its date. */
async function decide(tx: Tx, actor: Actor<"id">, resource: Locked, decision: ResourceDecision): Promise<ResourceStatus> {
  if (decision === "publish") assertPublishable(resource);
  return takeDecision<ResourceStatus, ResourceDecision>(tx, RESOURCE_WORKFLOW, {
    actorId: actor.id,
    actorIs: ["staff"],
    decision,
    targetId: resource.id,
    status: resource.status,
    move: async (to) =>
      (
        await tx.resource.updateMany({
          where: { id: resource.id, status: resource.status },
          data: { status: to, ...(to === "published" && !resource.publishedAt ? { publishedAt: new Date() } : {}) },
        })
      ).count,
    // Unreachable under the row lock; kept for the workflow's shape.
    stale: async () => {
      throw new UserError(RESOURCE_WORKFLOW.refusal, undefined, { decision, status: resource.status });
    },
    data: { title: resource.title, slug: resource.slug },
  });
}

/** Publishes, takes back to draft or archives a resource as it is stored (publishing refused, beside the field, when it lacks what readers need). */
export async function decideResource(actor: StaffActor | null, resourceId: string, decision: ResourceDecision): Promise<ResourceChange> {
  assertStaff(actor);
  return db.$transaction(async (tx) => {
    const resource = await lockResource(tx, resourceId);
    const status = await decide(tx, actor, resource, decision);
    return { id: resource.id, slug: resource.slug, status, changed: true, public: resource.status === "published" || status === "published" };
  });
}

export const publishResource = (actor: StaffActor | null, resourceId: string) => decideResource(actor, resourceId, "publish");
export const unpublishResource = (actor: StaffActor | null, resourceId: string) => decideResource(actor, resourceId, "unpublish");
export const archiveResource = (actor: StaffActor | null, resourceId: string) => decideResource(actor, resourceId, "archive");

/** Whether staff may give this resource a file: it exists and the actor is staff (else "not found"). Read before the upload is received. */
export async function assertResourceForUpload(actor: StaffActor | null, resourceId: string): Promise<void> {
  assertStaff(actor);
  const found = await db.resource.findUnique({ where: { id: resourceId }, select: { id: true } });
  if (!found) throw new NotFoundError();
}

/**
 * Makes a stored document the resource's download (its name, type, size and the format readers
 * see), with its audit row. The previous file is removed once the change is committed; when the
 * change fails, the new file is removed instead, so nothing is kept half.
 */
export async function attachResourceFile(actor: StaffActor | null, resourceId: string, document: StoredDocument, fileName: string): Promise<ResourceChange> {
  try {
    assertStaff(actor);
    const { change, previous } = await db.$transaction(async (tx) => {
      const resource = await lockResource(tx, resourceId);
      await tx.resource.update({
        where: { id: resource.id },
        data: { fileKey: document.key, fileName, fileType: document.contentType, fileBytes: document.bytes, format: formatOfFile(document.extension) },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "resource.file-uploaded",
        targetType: "resource",
        targetId: resource.id,
        data: { title: resource.title, fileName, fileType: document.contentType, fileBytes: document.bytes, previous: resource.fileKey },
      });
      const change: ResourceChange = { id: resource.id, slug: resource.slug, status: resource.status, changed: true, public: resource.status === "published" };
      return { change, previous: resource.fileKey };
    });
    if (previous && previous !== document.key) await fileStorage().remove(previous);
    return change;
  } catch (e) {
    await fileStorage().remove(document.key);
    throw e;
  }
}
