"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicArea } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { handleForm, type FormState } from "@/lib/forms";
import { decideApplications } from "@/lib/events/review-commands";
import { applicationDecisionSchema } from "@/lib/events/schema";

/**
 * Accept, decline or wait-list one application, or several chosen on the review page; then
 * back to the same list, which says what was done.
 */
export async function decideApplicationsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, applicationDecisionSchema, async (input) => {
    const { decided, offered } = await decideApplications(actor, input);
    revalidatePath("/admin/events", "layout");
    // Seats left show on the public event pages.
    revalidatePublicArea("events");
    const done = new URLSearchParams(input.back);
    for (const key of ["done", "n", "offered", "page"]) done.delete(key);
    done.set("done", input.decision);
    done.set("n", String(decided));
    if (offered) done.set("offered", String(offered));
    redirect(`/admin/events/${input.eventId}/applications?${done}`);
  });
}
