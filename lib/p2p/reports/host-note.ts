import "server-only";
// The host's note, part of the report: written by the host hub's owners from their request's
// page, from the signed agreement until staff approve the report (the story is drafted then).
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { lockApplication } from "@/lib/p2p/grant/lock";
import { isHostNoteEditable } from "@/lib/p2p/reports/rules";

/** Saves the note on the application behind `requestId`, a request the actor's hub agreed to; returns the application's id. */
export async function saveHostNote(actor: Actor<"id"> | null, requestId: string, input: { hostNote: string }): Promise<string> {
  if (!actor) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const request = await tx.p2PHostRequest.findFirst({
      where: { id: requestId, status: "accepted", hostHub: { owners: { some: { userId: actor.id } } } },
      select: { applicationId: true, hostHubId: true },
    });
    if (!request) throw new NotFoundError();
    // The application is still with this host (a request it agreed to, for the hub it names).
    const a = await lockApplication(tx, { id: request.applicationId, hostHubId: request.hostHubId });
    if (!isHostNoteEditable(a.status)) throw new UserError("p2pGrant.errors.hostNoteClosed", undefined, { status: a.status });
    await tx.p2PReport.upsert({ where: { applicationId: a.id }, create: { applicationId: a.id, hostNote: input.hostNote }, update: { hostNote: input.hostNote } });
    await recordAudit(tx, { actorId: actor.id, action: "p2p.report.host-note-saved", targetType: "p2p-application", targetId: a.id, data: { hostRequestId: requestId, length: input.hostNote.length } });
    return a.id;
  });
}
