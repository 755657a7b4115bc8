import "server-only";
import { notFound } from "next/navigation";
import type { CurrentUser } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import { getEventForStaff } from "@/lib/events/admin-queries";

/** The event for a staff page, or the 404 page. */
export async function loadEvent(actor: CurrentUser, id: string) {
  try {
    return await getEventForStaff(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
