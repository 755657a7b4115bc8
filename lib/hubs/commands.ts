import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/languages";
import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/user";
import { findLikelyDuplicates, type LikelyDuplicate } from "@/lib/hubs/duplicates";
import { editableHubWhere } from "@/lib/hubs/filters";
import { diffSnapshots, hubSnapshot, matchKey, websiteKey } from "@/lib/hubs/rules";
import type { HubInput } from "@/lib/hubs/schema";
import { firstFreeSlug, slugCandidates } from "@/lib/slugs";
import { hubResubmittedEmail, hubSubmittedEmail, hubToReviewEmail } from "@/lib/hubs/submission-emails";
import { countryName } from "@/lib/countries";
import { msg, type Msg } from "@/lib/message";
import { storageFolder } from "@/lib/public-areas";
import { isStoredUpload } from "@/lib/storage/uploads";
import { staffRecipients } from "@/lib/users/queries";

// Adding a hub and changing it (asking to manage a listed hub: lib/hubs/ownership). Each is one
// transaction with its audit row and its emails. `pageLocale` is the language of the page the
// actor used: their emails go in their account's language, else in that one; staff are written
// to in their own accounts' language.

/** Submission stopped: these listed hubs look like the one being added. */
export class LikelyDuplicatesError extends UserError {
  constructor(readonly duplicates: LikelyDuplicate[]) {
    super("hubForms.errors.likelyDuplicates");
    this.name = "LikelyDuplicatesError";
  }
}

type Tx = Prisma.TransactionClient;

/** "Already listed": the hub's place named in the language of the page that sent it. */
const sameHubError = (input: HubInput, locale: Locale) =>
  new UserError("hubForms.errors.sameHub", "name", { name: input.name, place: `${input.city}, ${countryName(input.countryCode, locale)}` });

/** The columns a hub's form sets, with the keys the duplicate checks and the unique index use. */
function hubColumns(input: HubInput, imageKey: string | null) {
  return {
    name: input.name,
    nameKey: matchKey(input.name),
    kind: input.kind,
    format: input.format,
    disciplines: input.disciplines,
    services: input.services,
    summary: input.summary,
    story: input.story ?? "",
    website: input.website ?? null,
    websiteKey: websiteKey(input.website),
    socialLinks: input.socialLinks,
    contactEmail: input.contactEmail,
    address: input.address ?? null,
    city: input.city,
    cityKey: matchKey(input.city),
    countryCode: input.countryCode,
    latitude: input.latitude,
    longitude: input.longitude,
    foundedYear: input.foundedYear ?? null,
    teamSize: input.teamSize ?? null,
    membersCount: input.membersCount ?? null,
    openToExchanges: input.openToExchanges,
    imageKey,
    imageAlt: imageKey ? (input.imageAlt ?? null) : null,
  } satisfies Prisma.HubUncheckedUpdateInput;
}

function assertNameHasLetters(input: HubInput) {
  if (!matchKey(input.name)) throw new UserError("hubForms.errors.nameNeedsLetters", "name");
  if (!matchKey(input.city)) throw new UserError("hubForms.errors.cityNeedsLetters", "city");
}

/**
 * An image key that came back from the form (stored when the form was previewed): ours in
 * shape, really stored, and not another hub's image, so a form cannot borrow a file.
 */
async function assertUsableImage(tx: Tx, key: string | null, hubId: string | null) {
  if (!key) return;
  const usable =
    (await isStoredUpload(key, storageFolder("hubs"))) && (await tx.hub.count({ where: { imageKey: key, ...(hubId ? { id: { not: hubId } } : {}) } })) === 0;
  if (!usable) throw new UserError("hubForms.errors.imageNotFound", "image");
}

/**
 * Submits a new hub for review: it is created pending, with the actor as its owner; the
 * draft it came from is deleted; the owner is told what happens next and staff that a
 * hub waits. Unless `notDuplicate`, a hub that looks listed already stops it
 * (LikelyDuplicatesError). Two submissions of one hub at the same moment: the unique index
 * on (name, country, town) lets one in, and the other gets a message at the name.
 */
export async function submitHub(
  actor: CurrentUser | null,
  input: HubInput,
  opts: { imageKey: string | null; draftId?: string; notDuplicate: boolean; pageLocale?: Locale },
) {
  if (!actor) throw new UserError("hubForms.errors.signInToAdd");
  const pageLocale = opts.pageLocale ?? DEFAULT_LOCALE;
  assertNameHasLetters(input);
  if (!opts.notDuplicate) {
    const duplicates = await findLikelyDuplicates(input);
    if (duplicates.length) throw new LikelyDuplicatesError(duplicates);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const hub = await db.$transaction(async (tx) => {
        const same = await tx.hub.count({ where: { nameKey: matchKey(input.name), countryCode: input.countryCode, cityKey: matchKey(input.city) } });
        if (same) throw sameHubError(input, pageLocale);
        await assertUsableImage(tx, opts.imageKey, null);
        const candidates = slugCandidates(input.name, input.city);
        const taken = await tx.hub.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
        const now = new Date();
        const hub = await tx.hub.create({
          data: {
            ...hubColumns(input, opts.imageKey),
            slug: firstFreeSlug(candidates, new Set(taken.map((h) => h.slug))),
            status: "pending",
            submittedAt: now,
            confirmedAt: now,
            owners: { create: { userId: actor.id } },
          },
          select: { id: true, slug: true, name: true, city: true, countryCode: true },
        });
        if (opts.draftId) await tx.hubDraft.deleteMany({ where: { id: opts.draftId, ownerId: actor.id } });
        await recordAudit(tx, { actorId: actor.id, action: "hub.submitted", targetType: "hub", targetId: hub.id, data: { name: hub.name, city: hub.city, countryCode: hub.countryCode } });
        await queueEmail(tx, await hubSubmittedEmail(readerLocale(actor, pageLocale), actor, hub));
        for (const staff of await staffRecipients(tx)) await queueEmail(tx, await hubToReviewEmail(readerLocale(staff), staff.email, hub, actor));
        return hub;
      });
      deliverOutboxSoon();
      return hub;
    } catch (e) {
      // The same hub committed by someone else meanwhile (the next attempt's check says so),
      // or its slug taken by another hub a moment ago (the next attempt picks another).
      if (!isUniqueViolation(e) || attempt === 3) throw e;
    }
  }
}

const NOT_EDITABLE = {
  archived: msg("hubForms.errors.archived"),
  rejected: msg("hubForms.errors.rejected"),
} as const;

/** Why the hub cannot be edited now, or null when it can. */
export const editRefusal = (status: string): Msg | null => NOT_EDITABLE[status as keyof typeof NOT_EDITABLE] ?? null;

/**
 * Saves an owner's (or staff's) changes. Published: live at once. Pending: stays in the
 * queue. Changes requested: back to pending, and staff are told. The row is locked for
 * the read-compare-write, so two saves at once do not lose one another's audit trail.
 */
export async function updateHub(actor: CurrentUser | null, hubId: string, input: HubInput, opts: { imageKey: string | null; pageLocale?: Locale }) {
  if (!actor) throw new NotFoundError();
  assertNameHasLetters(input);
  try {
    const result = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Hub" WHERE "id" = ${hubId} FOR UPDATE`;
      const hub = await tx.hub.findFirst({ where: editableHubWhere(actor, hubId) });
      if (!hub) throw new NotFoundError();
      const refusal = editRefusal(hub.status);
      if (refusal) throw new UserError(refusal.key);
      if (opts.imageKey !== hub.imageKey) await assertUsableImage(tx, opts.imageKey, hub.id);
      const resubmit = hub.status === "changes_requested";
      const columns = hubColumns(input, opts.imageKey);
      const changes = diffSnapshots(hubSnapshot(hub), hubSnapshot(columns));
      if (!changes.length && !resubmit) return { id: hub.id, slug: hub.slug, status: hub.status, changed: 0 };
      const updated = await tx.hub.update({
        where: { id: hub.id },
        data: { ...columns, ...(resubmit ? { status: "pending", submittedAt: new Date() } : {}) },
        select: { id: true, slug: true, status: true, name: true, city: true, countryCode: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: resubmit ? "hub.resubmitted" : "hub.updated",
        targetType: "hub",
        targetId: hub.id,
        data: { status: updated.status, changes } as Prisma.InputJsonValue,
      });
      if (resubmit) for (const staff of await staffRecipients(tx)) await queueEmail(tx, await hubResubmittedEmail(readerLocale(staff), staff.email, updated));
      return { id: updated.id, slug: updated.slug, status: updated.status, changed: changes.length };
    });
    deliverOutboxSoon();
    return result;
  } catch (e) {
    // The only unique key an edit can hit: one hub per name, town and country.
    if (isUniqueViolation(e)) throw sameHubError(input, opts.pageLocale ?? DEFAULT_LOCALE);
    throw e;
  }
}
