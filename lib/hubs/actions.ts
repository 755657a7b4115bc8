"use server";
import { createElement } from "react";
import { revalidatePath } from "next/cache";
import { revalidatePublicArea } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { z } from "zod";
import { HubPreview } from "@/components/hubs/form/hub-preview";
import { getCurrentUser } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { formValues, handleForm, type FormState } from "@/lib/forms";
import { LikelyDuplicatesError, requestHubManagement, submitHub, updateHub } from "@/lib/hubs/commands";
import { saveHubDraft } from "@/lib/hubs/drafts";
import { findLikelyDuplicates } from "@/lib/hubs/duplicates";
import type { DuplicateView, HubFormState } from "@/lib/hubs/form-state";
import { hubSchema, type HubInput } from "@/lib/hubs/schema";
import { countryName } from "@/lib/countries";
import { storageFolder } from "@/lib/public-areas";
import { chosenImage, discardUpload, uploadOf, withUploadNote, type Upload } from "@/lib/storage/uploads";

// The hub form's actions. One form, several buttons: the pressed one arrives as `intent`.

const idField = z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional());
const flag = z.preprocess((v) => [v].flat().some((x) => x === "1" || x === "on"), z.boolean());

const hubFormSchema = hubSchema.extend({
  /** An image stored when the form was previewed, carried to the next step. */
  imageKey: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(200).optional()),
  removeImage: flag,
  draftId: idField,
  hubId: idField,
  /** "No, mine is a different hub": go on despite the likely duplicates shown. */
  notDuplicate: flag,
});
type HubFormInput = z.output<typeof hubFormSchema>;

/** A draft needs only a name, so it can be found again; everything else is kept as typed. */
const draftSchema = z.object({
  name: z.string({ error: "Give the hub a name before saving a draft." }).trim().min(1, "Give the hub a name before saving a draft.").max(120, "Keep the hub's name to 120 characters or fewer."),
  draftId: idField,
});

/** Form fields that steer the form rather than describe the hub. */
const CONTROL_FIELDS = ["intent", "draftId", "hubId", "notDuplicate", "removeImage"];
const MAX_DRAFT_CHARS = 50_000;

/** The hub form's logo or photo, stored in the hubs' folder. */
const imageOf = (formData: FormData) => uploadOf(formData, "image", storageFolder("hubs"));

/** The image for this step: a new upload, else the one carried over unless removed. */
const hubImage = (upload: Upload, carried: { imageKey?: string; removeImage?: boolean }) => chosenImage(upload, carried.removeImage ? null : carried.imageKey);

export async function hubFormAction(_prev: HubFormState, formData: FormData): Promise<HubFormState> {
  const intent = formData.get("intent");
  const upload = imageOf(formData);
  const actor = await getCurrentUser();
  const values = formValues(formData);

  if (intent === "draft") {
    const state = await handleForm(formData, draftSchema, async (input) => {
      if (!actor) throw new UserError("Please sign in to save a draft: your session may have ended.");
      const imageKey = await hubImage(upload, { imageKey: typeof values.imageKey === "string" ? values.imageKey : undefined });
      const kept = { ...Object.fromEntries(Object.entries(values).filter(([k]) => !CONTROL_FIELDS.includes(k))), imageKey: imageKey ?? "" };
      if (JSON.stringify(kept).length > MAX_DRAFT_CHARS) throw new UserError("This draft is too long to save. Shorten the story, then try again.");
      const draft = await saveHubDraft(actor, { draftId: input.draftId, name: input.name, values: kept });
      revalidatePath("/account/hubs");
      return { ok: true, message: "Draft saved. Finish it whenever you like: your drafts are listed under Your hubs.", values: { ...values, imageKey: kept.imageKey, draftId: draft.id } };
    });
    return withImageNote(state, upload);
  }

  // "Preview", "Submit for review", or "No, mine is a different hub" (which previews).
  const state = await handleForm(formData, hubFormSchema, async (input) => {
    if (!actor) throw new UserError("Please sign in to add a hub: your session may have ended.");
    const imageKey = await hubImage(upload, input);
    const kept = { ...values, imageKey: imageKey ?? "" };
    if (intent !== "submit") {
      const duplicates = input.notDuplicate ? [] : await findLikelyDuplicates(input);
      return duplicates.length ? duplicatesState(new LikelyDuplicatesError(duplicates), kept) : previewState(input, imageKey, kept);
    }
    let hub: { id: string };
    try {
      hub = await submitHub(actor, input, { imageKey, draftId: input.draftId, notDuplicate: input.notDuplicate });
    } catch (e) {
      if (e instanceof LikelyDuplicatesError) return duplicatesState(e, kept);
      await discardUpload(upload);
      throw e;
    }
    revalidatePath("/account/hubs");
    redirect(`/hubs/new/submitted?hub=${hub.id}`);
  });
  return withImageNote(state, upload);
}

export async function updateHubAction(_prev: HubFormState, formData: FormData): Promise<HubFormState> {
  const upload = imageOf(formData);
  const actor = await getCurrentUser();
  const values = formValues(formData);
  const state = await handleForm(formData, hubFormSchema, async (input) => {
    if (!actor || !input.hubId) throw new UserError("Please sign in to change a hub: your session may have ended.");
    const imageKey = await hubImage(upload, input);
    const kept = { ...values, imageKey: imageKey ?? "" };
    if (formData.get("intent") === "preview") return previewState(input, imageKey, kept);
    let saved: Awaited<ReturnType<typeof updateHub>>;
    try {
      saved = await updateHub(actor, input.hubId, input, { imageKey });
    } catch (e) {
      await discardUpload(upload);
      throw e;
    }
    revalidatePath("/account/hubs");
    if (saved.status === "published") {
      revalidatePublicArea("hubs");
    }
    const message = !saved.changed && saved.status !== "pending"
      ? "Nothing had changed, so there was nothing to save."
      : saved.status === "published"
        ? "Your changes are saved and already live on the hub's page."
        : "Your changes are saved. The hub is waiting for review; we will email you once our team has looked at it.";
    return { ok: true, message, values: kept };
  });
  return withImageNote(state, upload);
}

const managementSchema = z.object({
  hubId: z.string().min(1).max(40),
  message: z
    .string({ error: "Tell us how you are involved with this hub." })
    .trim()
    .min(10, "Tell us in a sentence or two how you are involved with this hub.")
    .max(1000, "Keep the message to 1,000 characters or fewer."),
});

export async function requestHubManagementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, managementSchema, async (input) => {
    await requestHubManagement(actor, input);
    revalidatePath("/admin/hubs");
    return { ok: true, message: "Thank you: we have passed your request to our team, and will email you once they have decided.", values: {} };
  });
}

function previewState(input: HubFormInput, imageKey: string | null, values: Record<string, string | string[]>): HubFormState {
  const hub: HubInput = { ...input, imageAlt: imageKey ? input.imageAlt : undefined };
  return { ok: true, preview: createElement(HubPreview, { hub, imageKey }), values };
}

function duplicatesState(e: LikelyDuplicatesError, values: Record<string, string | string[]>): HubFormState {
  const duplicates: DuplicateView[] = e.duplicates.map((d) => ({
    id: d.id,
    name: d.name,
    place: `${d.city}, ${countryName(d.countryCode)}`,
    href: d.slug ? `/hubs/${d.slug}` : null,
    reason: d.reason,
  }));
  return { ok: false, message: e.text, duplicates, values };
}

/**
 * A chosen file is lost when the form comes back with errors elsewhere: say so at the field.
 * (handleForm types its answer as FormState; ours may also carry a preview or duplicates.)
 */
const withImageNote = (answer: FormState, upload: Upload): HubFormState => withUploadNote(answer as HubFormState, upload);
