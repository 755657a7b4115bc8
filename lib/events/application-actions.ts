"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicArea } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { acceptOffer, declineOffer, submitApplication, updateApplication, withdrawApplication } from "@/lib/events/application-commands";
import { applicationIdSchema, submitApplicationSchema, updateApplicationSchema } from "@/lib/events/application-schema";
import { handleForm, type FormState } from "@/lib/forms";
import { hitRateLimit, waitMessage, type Limit } from "@/lib/rate-limit";

// Generous for a person, short for a script sending the form in a loop.
const FORM_SENDS_PER_USER: Limit = { name: "event-application:user", max: 20, windowSeconds: 60 * 60 };

const MINE = "/account/applications";

async function checkRate(userId: string) {
  const decision = await hitRateLimit(FORM_SENDS_PER_USER, userId);
  if (!decision.allowed) throw new UserError(waitMessage(decision.retryAfterSeconds));
}

/** Seats and statuses show on the events' pages and on the applicant's own page. */
function revalidateApplications() {
  revalidatePath(MINE, "layout");
  revalidatePublicArea("events");
}

export async function submitApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, submitApplicationSchema, async (input) => {
    if (!actor) throw new UserError("Please sign in to apply: your session may have ended.");
    // A bot filled the hidden field: send it somewhere harmless, having saved nothing.
    if (input.website) redirect(MINE);
    await checkRate(actor.id);
    const saved = await submitApplication(actor, input.eventSlug, input);
    revalidateApplications();
    redirect(`${MINE}?done=${saved.status}`);
  });
}

export async function updateApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, updateApplicationSchema, async (input) => {
    if (!actor) throw new UserError("Please sign in to change your application: your session may have ended.");
    if (input.website) redirect(MINE);
    await checkRate(actor.id);
    await updateApplication(actor, input.applicationId, input);
    revalidateApplications();
    redirect(`${MINE}?done=updated`);
  });
}

/** Withdraw, take an offered seat, let it go: each comes back to the applicant's page, which confirms it. */
function applicationAction(run: typeof withdrawApplication, done: string) {
  return async (formData: FormData): Promise<FormState> => {
    const actor = await getCurrentUser();
    return handleForm(formData, applicationIdSchema, async (input) => {
      await run(actor, input.applicationId);
      revalidateApplications();
      redirect(`${MINE}?done=${done}`);
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
