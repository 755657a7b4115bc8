import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction, AuditTarget } from "@/lib/audit-vocabulary";
import { requestId } from "@/lib/request";

/** Records who did what to which record. Call inside the transaction of the change itself. */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  entry: { actorId: string | null; action: AuditAction; targetType: AuditTarget; targetId?: string; data?: Prisma.InputJsonValue },
) {
  const reqId = await requestId().catch(() => undefined);
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      requestId: reqId ?? null,
      ...(entry.data !== undefined && { data: entry.data }),
    },
  });
}
