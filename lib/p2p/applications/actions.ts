"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/i18n/languages";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { chooseAnotherHost, startApplication, submitApplication, updateApplication, withdrawApplication } from "@/lib/p2p/applications/commands";
import { applicationIdSchema, chooseAnotherHostSchema, startApplicationSchema, updateApplicationSchema } from "@/lib/p2p/applications/schema";
import { enforceRateLimit, type Limit } from "@/lib/rate-limit";
import { revalidatePublicArea } from "@/lib/revalidate";

// Generous for a person filling in a long form, short for a script sending it in a loop.
const FORM_SENDS_PER_USER: Limit = { name: "p2p-application:user", max: 60, windowSeconds: 60 * 60 };

async function signedIn() {
  const actor = await getCurrentUser();
  if (!actor) throw new UserError("p2pApply.errors.signIn");
  await enforceRateLimit(FORM_SENDS_PER_USER, actor.id);
  return actor;
}

/** The applicant's pages show every application's state. */
const revalidateMine = () => revalidatePath("/[locale]/(account)/account/p2p", "layout");

const toApplication = (locale: Locale, id: string, notice: NoticeCode<"accountP2PApplication">) =>
  redirect({ href: withNotice(`/account/p2p/applications/${id}`, notice), locale });

/** "Continue to the application": the eligibility check's choices, checked again, become a draft. */
export async function startApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, startApplicationSchema, async (input) => {
    const actor = await signedIn();
    const { id } = await startApplication(actor, input);
    revalidateMine();
    toApplication(locale, id, "started");
  });
}

/** Saves the answers; with "send", then sends the application to the host. */
export async function updateApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, updateApplicationSchema, async ({ applicationId, intent, website, ...input }) => {
    const actor = await signedIn();
    // A bot filled the hidden field: nothing is saved.
    if (website) return toApplication(locale, applicationId, "saved");
    await updateApplication(actor, applicationId, input);
    revalidateMine();
    if (intent === "send") await submitApplication(actor, applicationId, { pageLocale: locale });
    toApplication(locale, applicationId, intent === "send" ? "sent" : "saved");
  });
}

export async function chooseAnotherHostAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, chooseAnotherHostSchema, async ({ applicationId, hostHubId }) => {
    await chooseAnotherHost(await signedIn(), applicationId, hostHubId, { pageLocale: locale });
    revalidateMine();
    toApplication(locale, applicationId, "sent-again");
  });
}

export async function withdrawApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, applicationIdSchema, async ({ applicationId }) => {
    const { placeFreed } = await withdrawApplication(await signedIn(), applicationId, { pageLocale: locale });
    revalidateMine();
    // The host's places left show on /p2p.
    if (placeFreed) revalidatePublicArea("p2p");
    toApplication(locale, applicationId, "withdrawn");
  });
}
