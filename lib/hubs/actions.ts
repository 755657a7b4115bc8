"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { formValues, handleForm, type FormState } from "@/lib/forms";
import { LikelyDuplicatesError, submitHub, updateHub } from "@/lib/hubs/commands";
import { saveHubDraft } from "@/lib/hubs/drafts";
import { findLikelyDuplicates } from "@/lib/hubs/duplicates";
import type { DuplicateView, HubFormState } from "@/lib/hubs/form-state";
import { hubDraftSchema, hubFormSchema, type HubFormInput } from "@/lib/hubs/schema";
import { msg } from "@/lib/message";
import { storageFolder } from "@/lib/public-areas";
import { revalidatePublicArea } from "@/lib/revalidate";
import { chosenImage, discardUpload, uploadOf, withUploadNote, type Upload } from "@/lib/storage/uploads";

// The hub form's actions. One form, several buttons: the pressed one arrives as `intent`.
// They answer with data and catalogue keys (a preview's values, the likely duplicates, a
// message); the form renders them in the page's language.

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
  const locale = await getLocale();
  const values = formValues(formData);

  if (intent === "draft") {
    const state = await handleForm(formData, hubDraftSchema, async (input) => {
      if (!actor) throw new UserError("hubForms.errors.signInToSaveDraft");
      const imageKey = await hubImage(upload, { imageKey: typeof values.imageKey === "string" ? values.imageKey : undefined });
      const kept = { ...Object.fromEntries(Object.entries(values).filter(([k]) => !CONTROL_FIELDS.includes(k))), imageKey: imageKey ?? "" };
      if (JSON.stringify(kept).length > MAX_DRAFT_CHARS) throw new UserError("hubForms.errors.draftTooLong");
      const draft = await saveHubDraft(actor, { draftId: input.draftId, name: input.name, values: kept });
      revalidatePath("/account/hubs");
      return { ok: true, message: msg("hubForms.saved.draft"), values: { ...values, imageKey: kept.imageKey, draftId: draft.id } };
    });
    return withImageNote(state, upload);
  }

  // "Preview", "Submit for review", or "No, mine is a different hub" (which previews).
  const state = await handleForm(formData, hubFormSchema, async (input) => {
    if (!actor) throw new UserError("hubForms.errors.signInToAdd");
    const imageKey = await hubImage(upload, input);
    const kept = { ...values, imageKey: imageKey ?? "" };
    if (intent !== "submit") {
      const duplicates = input.notDuplicate ? [] : await findLikelyDuplicates(input);
      return duplicates.length ? duplicatesState(new LikelyDuplicatesError(duplicates), kept) : previewState(input, imageKey, kept);
    }
    let hub: { id: string };
    try {
      hub = await submitHub(actor, input, { imageKey, draftId: input.draftId, notDuplicate: input.notDuplicate, pageLocale: locale });
    } catch (e) {
      if (e instanceof LikelyDuplicatesError) return duplicatesState(e, kept);
      await discardUpload(upload);
      throw e;
    }
    revalidatePath("/account/hubs");
    redirect({ href: `/hubs/new/submitted?hub=${hub.id}`, locale });
  });
  return withImageNote(state, upload);
}

export async function updateHubAction(_prev: HubFormState, formData: FormData): Promise<HubFormState> {
  const upload = imageOf(formData);
  const actor = await getCurrentUser();
  const locale = await getLocale();
  const values = formValues(formData);
  const state = await handleForm(formData, hubFormSchema, async (input) => {
    if (!actor || !input.hubId) throw new UserError("hubForms.errors.signInToChange");
    const imageKey = await hubImage(upload, input);
    const kept = { ...values, imageKey: imageKey ?? "" };
    if (formData.get("intent") === "preview") return previewState(input, imageKey, kept);
    let saved: Awaited<ReturnType<typeof updateHub>>;
    try {
      saved = await updateHub(actor, input.hubId, input, { imageKey, pageLocale: locale });
    } catch (e) {
      await discardUpload(upload);
      throw e;
    }
    revalidatePath("/account/hubs");
    if (saved.status === "published") {
      revalidatePublicArea("hubs");
    }
    const message = !saved.changed && saved.status !== "pending"
      ? msg("hubForms.saved.nothingChanged")
      : saved.status === "published"
        ? msg("hubForms.saved.live")
        : msg("hubForms.saved.forReview");
    return { ok: true, message, values: kept };
  });
  return withImageNote(state, upload);
}

/** The hub as it will look: the checked values, which the form renders as a preview. */
function previewState(input: HubFormInput, imageKey: string | null, values: Record<string, string | string[]>): HubFormState {
  return { ok: true, preview: { hub: { ...input, imageAlt: imageKey ? input.imageAlt : undefined }, imageKey }, values };
}

function duplicatesState(e: LikelyDuplicatesError, values: Record<string, string | string[]>): HubFormState {
  const duplicates: DuplicateView[] = e.duplicates.map((d) => ({ id: d.id, name: d.name, city: d.city, countryCode: d.countryCode, slug: d.slug, reason: d.reason }));
  return { ok: false, message: e.text, duplicates, values };
}

/**
 * A chosen file is lost when the form comes back with errors elsewhere: say so at the field.
 * (handleForm types its answer as FormState; ours may also carry a preview or duplicates.)
 */
const withImageNote = (answer: FormState, upload: Upload): HubFormState => withUploadNote(answer as HubFormState, upload);
