import "server-only";
import { notFound } from "next/navigation";
import type { CurrentUser } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import { getRoundForStaff } from "@/lib/p2p/rounds/admin-queries";

/** The round for a staff page, or the 404 page. */
export async function loadRound(actor: CurrentUser, id: string) {
  try {
    return await getRoundForStaff(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
