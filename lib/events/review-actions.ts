"use server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { handleForm, type FormState } from "@/lib/forms";
import { decideApplications } from "@/lib/events/review-commands";
import { DECISION_LABELS } from "@/lib/events/review-rules";
import { applicationDecisionSchema } from "@/lib/events/schema";

/** Accept, decline or wait-list one application, or several chosen on the review page. */
export async function decideApplicationsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, applicationDecisionSchema, async (input) => {
    const { decided, offered } = await decideApplications(actor, input);
    revalidatePath(`/admin/events/${input.eventId}`, "layout");
    revalidatePath("/admin/events");
    const who = decided === 1 ? "1 application" : `${decided} applications`;
    const seats = offered ? ` ${offered === 1 ? "A freed seat was" : `${offered} freed seats were`} offered to the waiting list.` : "";
    return { ok: true, message: `${who} ${DECISION_LABELS[input.decision].done}. We emailed ${decided === 1 ? "the applicant" : "each applicant"}.${seats}`, values: {} };
  });
}
