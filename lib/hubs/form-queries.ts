import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { editableHubWhere } from "@/lib/hubs/filters";

// Reads for the hub form's own pages: the hub to edit, and the one just submitted.

const editSelect = {
  id: true, slug: true, status: true, moderatorMessage: true, name: true, kind: true, format: true, disciplines: true, services: true,
  summary: true, story: true, website: true, socialLinks: true, contactEmail: true, address: true, city: true, countryCode: true,
  latitude: true, longitude: true, foundedYear: true, teamSize: true, membersCount: true, openToExchanges: true, imageKey: true, imageAlt: true,
} satisfies Prisma.HubSelect;

/** A hub the actor may edit (an owner, or staff), with every field of the form; null otherwise. */
export function getHubForEditing(actor: Actor<"id" | "role">, hubId: string) {
  return db.hub.findFirst({ where: editableHubWhere(actor, hubId), select: editSelect });
}

/** One of the actor's own hubs, for the "thank you" page after submitting it. */
export function getOwnHubSummary(actor: Actor<"id">, hubId: string) {
  return db.hub.findFirst({ where: { id: hubId, owners: { some: { userId: actor.id } } }, select: { id: true, name: true, status: true, city: true, countryCode: true } });
}
