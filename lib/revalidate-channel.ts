// The PostgreSQL channel on which instances tell each other that public pages changed.
// Messages read "<instance id>:<area>": an instance skips its own.
import { randomUUID } from "node:crypto";

export const REVALIDATE_CHANNEL = "echn_revalidate";
/** The sender of changes made by scheduled jobs, which every instance applies, its own included. */
export const JOB_SENDER = "jobs";
import { CHANGE_KINDS, type ChangeKind } from "@/lib/public-areas";

/** A kind of change to public pages ("hubs", "events"): lib/public-areas.ts says which areas show it. */
export type PublicArea = ChangeKind;

// On globalThis: instrumentation and route handlers are bundled apart but share the process.
const shared = globalThis as typeof globalThis & { __echnInstance?: { id: string; token: string } };
shared.__echnInstance ??= { id: randomUUID(), token: randomUUID() };

/** This process, as it signs its messages. */
export const INSTANCE_ID = shared.__echnInstance.id;
/** Lets the listener ask its own process to refresh (app/api/internal/revalidate); never leaves the process. */
export const INTERNAL_TOKEN = shared.__echnInstance.token;

/** The area another instance announced, or null for this instance's own messages and anything malformed. */
export function areaFromMessage(payload: string | undefined): PublicArea | null {
  const [instance, area, ...rest] = (payload ?? "").split(":");
  if (instance === INSTANCE_ID || rest.length > 0) return null;
  return CHANGE_KINDS.find((a) => a === area) ?? null;
}
