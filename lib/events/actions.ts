"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicArea } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { cancelEvent, createEvent, publishEvent, unpublishEvent, updateEvent } from "@/lib/events/commands";
import { cancelEventSchema, eventIdSchema, eventSchema } from "@/lib/events/schema";
import { UserError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { storageFolder } from "@/lib/public-areas";
import { saveWithImage, uploadOf, withUploadNote } from "@/lib/storage/uploads";

// The staff event form and the publish / unpublish / cancel buttons. Each answers with the
// form's state, or goes to the event's edit page, which confirms what was done.

/** Everything the public sees of an event: the list, its page, the home page's highlights (on every instance). */
const revalidatePublic = () => revalidatePublicArea("events");

/** The event form's cover image, stored in the events' folder. */
const coverOf = (formData: FormData) => uploadOf(formData, "coverImage", storageFolder("events"));

export async function createEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const cover = coverOf(formData);
  const state = await handleForm(formData, eventSchema, async (input) => {
    const event = await saveWithImage(cover, input.coverImageKey, (coverImageKey) => createEvent(actor, input, { coverImageKey }));
    revalidatePath("/admin/events");
    redirect(withNotice(`/admin/events/${event.id}/edit`, "created"));
  });
  return withUploadNote(state, cover);
}

export async function updateEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const cover = coverOf(formData);
  const eventId = formData.get("eventId");
  const state = await handleForm(formData, eventSchema, async (input) => {
    if (typeof eventId !== "string" || !eventId) throw new UserError("staff.events.errors.eventMissing");
    const saved = await saveWithImage(cover, input.coverImageKey, (coverImageKey) => updateEvent(actor, eventId, input, { coverImageKey }));
    revalidatePath("/admin/events", "layout");
    if (saved.status !== "draft") revalidatePublic();
    redirect(withNotice(`/admin/events/${saved.id}/edit`, saved.changed ? "saved" : "unchanged"));
  });
  return withUploadNote(state, cover);
}

/**
 * After a change of status: the staff pages and the public ones, then the edit page, which
 * says what was done (after a cancellation, with the number of applicants emailed).
 */
function showStatusChange(eventId: string, notice: NoticeCode<"adminEvent">, emailed?: number): never {
  revalidatePath("/admin/events", "layout");
  revalidatePublic();
  const edit = `/admin/events/${eventId}/edit`;
  redirect(withNotice(emailed === undefined ? edit : `${edit}?emailed=${emailed}`, notice));
}

export async function publishEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, eventIdSchema, async ({ eventId }) => showStatusChange((await publishEvent(actor, eventId)).id, "published"));
}

export async function unpublishEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, eventIdSchema, async ({ eventId }) => showStatusChange((await unpublishEvent(actor, eventId)).id, "unpublished"));
}

export async function cancelEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, cancelEventSchema, async ({ eventId, message }) => {
    const event = await cancelEvent(actor, eventId, message);
    showStatusChange(event.id, "cancelled", event.emailed);
  });
}
