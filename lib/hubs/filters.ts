import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HubFilters } from "@/lib/hubs/schema";
import { staleBefore } from "@/lib/hubs/rules";

/**
 * The one definition of "public hubs matching these filters", shared by the map data, the
 * directory and the exports: published only, and (unless asked) confirmed in the last 18 months.
 */
export function publishedHubWhere(filters: HubFilters, now = new Date()): Prisma.HubWhereInput {
  const where: Prisma.HubWhereInput = { status: "published" };
  if (!filters.stale) where.confirmedAt = { gte: staleBefore(now) };
  if (filters.country) where.countryCode = filters.country;
  if (filters.kind) where.kind = filters.kind;
  if (filters.format) where.format = filters.format;
  if (filters.discipline) where.disciplines = { has: filters.discipline };
  if (filters.service) where.services = { has: filters.service };
  if (filters.open) where.openToExchanges = true;
  if (filters.q) {
    where.OR = [
      { name: { contains: filters.q, mode: "insensitive" } },
      { city: { contains: filters.q, mode: "insensitive" } },
      { summary: { contains: filters.q, mode: "insensitive" } },
    ];
  }
  return where;
}

/** The fields anyone may see of a published hub: never the contact email, owners or moderation notes. */
export const publicHubSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  format: true,
  disciplines: true,
  services: true,
  summary: true,
  story: true,
  website: true,
  socialLinks: true,
  address: true,
  city: true,
  countryCode: true,
  latitude: true,
  longitude: true,
  foundedYear: true,
  teamSize: true,
  membersCount: true,
  openToExchanges: true,
  imageKey: true,
  imageAlt: true,
  publishedAt: true,
  confirmedAt: true,
  updatedAt: true,
} satisfies Prisma.HubSelect;

/**
 * A hub the actor may change: one they own, or any hub for staff. Use it as the `where` of
 * every owner read and write, so "not yours" and "does not exist" are the same answer.
 */
export function editableHubWhere(actor: { id: string; role: string }, hubId: string): Prisma.HubWhereInput {
  return actor.role === "staff" || actor.role === "admin" ? { id: hubId } : { id: hubId, owners: { some: { userId: actor.id } } };
}
