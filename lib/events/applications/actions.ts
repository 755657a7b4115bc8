"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/i18n/languages";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { acceptOffer, declineOffer, submitApplication, updateApplication, withdrawApplication } from "@/lib/events/applications/commands";
import { applicationIdSchema, submitApplicationSchema, updateApplicationSchema } from "@/lib/events/applications/schema";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { enforceRateLimit, type Limit } from "@/lib/rate-limit";
import { revalidatePublicArea } from "@/lib/revalidate";

// Generous for a person, short for a script sending the form in a loop.
const FORM_SENDS_PER_USER: Limit = { name: "event-application:user", max: 20, windowSeconds: 60 * 60 };

const MINE = "/account/applications";

/** Seats and statuses show on the events' pages and on the applicant's own page. */
function revalidateApplications() {
  revalidatePath(MINE, "layout");
  revalidatePublicArea("events");
}

/** Back to the applicant's page, in the language they used, with what to confirm. */
const backToMine = (locale: Locale, notice: NoticeCode<"accountApplications">) => redirect({ href: withNotice(MINE, notice), locale });

export async function submitApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const locale = await getLocale();
  return handleForm(formData, submitApplicationSchema, async (input) => {
    if (!actor) throw new UserError("eventApplications.errors.signInToApply");
    // A bot filled the hidden field: send it somewhere harmless, having saved nothing.
    if (input.website) redirect({ href: MINE, locale });
    await enforceRateLimit(FORM_SENDS_PER_USER, actor.id);
    const saved = await submitApplication(actor, input.eventSlug, input, { pageLocale: locale });
    revalidateApplications();
    backToMine(locale, saved.status);
  });
}

export async function updateApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const locale = await getLocale();
  return handleForm(formData, updateApplicationSchema, async (input) => {
    if (!actor) throw new UserError("eventApplications.errors.signInToChange");
    if (input.website) redirect({ href: MINE, locale });
    await enforceRateLimit(FORM_SENDS_PER_USER, actor.id);
    await updateApplication(actor, input.applicationId, input);
    revalidateApplications();
    backToMine(locale, "updated");
  });
}

/** Withdraw, take an offered seat, let it go: each comes back to the applicant's page, which confirms it. */
function applicationAction(run: typeof withdrawApplication, notice: NoticeCode<"accountApplications">) {
  return async (formData: FormData): Promise<FormState> => {
    const actor = await getCurrentUser();
    const locale = await getLocale();
    return handleForm(formData, applicationIdSchema, async (input) => {
      await run(actor, input.applicationId, { pageLocale: locale });
      revalidateApplications();
      backToMine(locale, notice);
    });
  };
}

export async function withdrawApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return applicationAction(withdrawApplication, "withdrawn")(formData);
}

export async function acceptOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return applicationAction(acceptOffer, "seat-taken")(formData);
}

export async function declineOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return applicationAction(declineOffer, "seat-released")(formData);
}
