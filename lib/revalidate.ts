import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { foldersShowing } from "@/lib/public-areas";
import { INSTANCE_ID, JOB_SENDER, REVALIDATE_CHANNEL, type PublicArea } from "@/lib/revalidate-channel";

/** This instance's cached pages that show the change, in every language (lib/public-areas.ts says which). */
export function revalidateHere(area: PublicArea) {
  // Next tags cached pages by their route file's path, route group and [locale] included: "/hubs" alone would miss them.
  for (const folder of foldersShowing(area)) revalidatePath(`/[locale]/(site)/${folder}`, "layout");
}

/**
 * After a change to hubs or events: this instance's cached pages at once, and every other
 * instance's as soon as PostgreSQL tells them (lib/revalidate-listener.ts). An instance that
 * misses the message (its connection was down) catches up within the pages' `revalidate`.
 */
export function revalidatePublicArea(area: PublicArea) {
  revalidateHere(area);
  db.$executeRaw`SELECT pg_notify(${REVALIDATE_CHANNEL}, ${`${INSTANCE_ID}:${area}`})`.catch((error: unknown) =>
    log.error("could not tell other instances to refresh their cached pages", { area, error }),
  );
}

/** After staff change a record: their list under `staffPath`, and, when readers see the change, the public pages of `area`. */
export function refreshAfterStaffChange(staffPath: string, area: PublicArea, change: { public: boolean }) {
  revalidatePath(staffPath, "layout");
  if (change.public) revalidatePublicArea(area);
}

/**
 * After a change made outside any request (a scheduled job), where Next cannot drop cached
 * pages: announced under no instance's id, so every instance, this one included, hears it
 * (lib/revalidate-listener.ts) and refreshes its own copies.
 */
export async function announcePublicChange(area: PublicArea) {
  await db.$executeRaw`SELECT pg_notify(${REVALIDATE_CHANNEL}, ${`${JOB_SENDER}:${area}`})`;
}
