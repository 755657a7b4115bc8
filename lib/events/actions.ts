"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicArea } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { cancelEvent, createEvent, publishEvent, unpublishEvent, updateEvent } from "@/lib/events/commands";
import { cancelEventSchema, eventIdSchema, eventSchema } from "@/lib/events/schema";
import { UserError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { fileStorage } from "@/lib/storage";
import { isChosenFile, storeImage } from "@/lib/storage/uploads";

// The staff event form and the publish / unpublish / cancel buttons. Each answers with the
// form's state, or goes to the event's edit page, which confirms what was done.

const COVER_NOT_KEPT = "Your image was not kept, because of the problems above: please choose it again.";

/** Everything the public sees of an event: the list, its page, the home page's highlights (on every instance). */
const revalidatePublic = () => revalidatePublicArea("events");

/** The cover for this save: a new upload (checked, resized, stored), else the one carried over. */
async function saveWithCover<T>(file: FormDataEntryValue | null, carried: string | null, save: (coverImageKey: string | null) => Promise<T>): Promise<T> {
  const uploaded = isChosenFile(file) ? await storeImage(file, { folder: "events", field: "coverImage" }) : null;
  try {
    return await save(uploaded ?? carried);
  } catch (e) {
    if (uploaded) await fileStorage().remove(uploaded);
    throw e;
  }
}

/** A chosen file is lost when the form comes back with errors: say so at the field. */
function withCoverNote(state: FormState, file: FormDataEntryValue | null): FormState {
  if (state.ok || !isChosenFile(file) || state.fieldErrors?.coverImage) return state;
  return { ...state, fieldErrors: { ...state.fieldErrors, coverImage: [COVER_NOT_KEPT] } };
}

export async function createEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const file = formData.get("coverImage");
  const state = await handleForm(formData, eventSchema, async (input) => {
    const event = await saveWithCover(file, input.coverImageKey, (coverImageKey) => createEvent(actor, input, { coverImageKey }));
    revalidatePath("/admin/events");
    redirect(`/admin/events/${event.id}/edit?done=created`);
  });
  return withCoverNote(state, file);
}

export async function updateEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const file = formData.get("coverImage");
  const eventId = formData.get("eventId");
  const state = await handleForm(formData, eventSchema, async (input) => {
    if (typeof eventId !== "string" || !eventId) throw new UserError("We could not find that event.");
    const saved = await saveWithCover(file, input.coverImageKey, (coverImageKey) => updateEvent(actor, eventId, input, { coverImageKey }));
    revalidatePath("/admin/events", "layout");
    if (saved.status !== "draft") revalidatePublic();
    redirect(`/admin/events/${saved.id}/edit?done=${saved.changed ? "saved" : "unchanged"}`);
  });
  return withCoverNote(state, file);
}

/** After a change of status: the staff pages and the public ones, then the edit page, which says what was done. */
function showStatusChange(eventId: string, done: string): never {
  revalidatePath("/admin/events", "layout");
  revalidatePublic();
  redirect(`/admin/events/${eventId}/edit?done=${done}`);
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
    showStatusChange(event.id, `cancelled&emailed=${event.emailed}`);
  });
}
