"use server";
import { revalidatePath } from "next/cache";
import { redirect as redirectTo } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/i18n/languages";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError, UserError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { storageFolder } from "@/lib/public-areas";
import { addReportPhoto, removeReportPhoto, saveReport } from "@/lib/p2p/reports/commands";
import { saveHostNote } from "@/lib/p2p/reports/host-note";
import { approveReport, requestReportChanges } from "@/lib/p2p/reports/review";
import { approveSchema, changesSchema, hostNoteSchema, photoSchema, removePhotoSchema, reportSchema } from "@/lib/p2p/reports/schema";
import { enforceRateLimit, type Limit } from "@/lib/rate-limit";
import { saveWithImage, uploadOf, withUploadNote } from "@/lib/storage/uploads";

// The report's forms: the applicant's answers and photos, the host's note, and staff's two
// decisions. Each comes back to its page, which confirms what was done.

/** The signed-in P2P pages, in every language. */
const ACCOUNT_P2P = "/[locale]/(account)/account/p2p";

// Each photo is stored and resized: generous for a report's six, short for a script.
const PHOTOS_PER_USER: Limit = { name: "p2p-report-photo:user", max: 30, windowSeconds: 60 * 60 };

function backToApplication(locale: Locale, applicationId: string, notice: NoticeCode<"accountP2PApplication">): never {
  revalidatePath(ACCOUNT_P2P, "layout");
  return redirect({ href: withNotice(`/account/p2p/applications/${applicationId}#report`, notice), locale });
}

export async function saveReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const locale = await getLocale();
  return handleForm(formData, reportSchema, async (input) => {
    const send = input.intent === "send";
    await saveReport(actor, input.applicationId, input, { send, pageLocale: locale });
    if (send) revalidatePath("/admin/p2p", "layout");
    backToApplication(locale, input.applicationId, send ? "report-sent" : "report-saved");
  });
}

export async function addReportPhotoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const locale = await getLocale();
  const upload = uploadOf(formData, "photo", storageFolder("p2p"));
  const state = await handleForm(formData, photoSchema, async (input) => {
    if (!actor) throw new NotFoundError();
    await enforceRateLimit(PHOTOS_PER_USER, actor.id);
    await saveWithImage(upload, null, async (key) => {
      if (!key) throw new UserError("p2pGrant.errors.photoMissing", "photo");
      await addReportPhoto(actor, input.applicationId, { storageKey: key, alt: input.alt });
    });
    backToApplication(locale, input.applicationId, "photo-added");
  });
  return withUploadNote(state, upload);
}

export async function removeReportPhotoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const locale = await getLocale();
  return handleForm(formData, removePhotoSchema, async (input) => {
    await removeReportPhoto(actor, input.applicationId, input.photoId);
    backToApplication(locale, input.applicationId, "photo-removed");
  });
}

export async function saveHostNoteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const locale = await getLocale();
  return handleForm(formData, hostNoteSchema, async (input) => {
    await saveHostNote(actor, input.requestId, { hostNote: input.hostNote });
    revalidatePath(ACCOUNT_P2P, "layout");
    redirect({ href: withNotice(`/account/p2p/requests/${input.requestId}#host-note`, "note-saved"), locale });
  });
}

function backToStaffPage(applicationId: string, notice: NoticeCode<"adminP2PApplication">): never {
  revalidatePath("/admin/p2p", "layout");
  revalidatePath(ACCOUNT_P2P, "layout");
  redirectTo(withNotice(`/admin/p2p/applications/${applicationId}`, notice));
}

export async function approveReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, approveSchema, async (input) => {
    await approveReport(actor, input.applicationId, { message: input.message ?? null });
    backToStaffPage(input.applicationId, "report-approved");
  });
}

export async function requestReportChangesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, changesSchema, async (input) => {
    await requestReportChanges(actor, input.applicationId, { message: input.message });
    backToStaffPage(input.applicationId, "changes-requested");
  });
}
