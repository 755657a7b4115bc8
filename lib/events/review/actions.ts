"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { acceptApplications, declineApplications, waitlistApplications } from "@/lib/events/review/commands";
import type { ReviewDecision } from "@/lib/events/review/rules";
import { applicationDecisionSchema } from "@/lib/events/review/schema";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { revalidatePublicArea } from "@/lib/revalidate";

const DECIDE: Record<ReviewDecision, typeof acceptApplications> = { accept: acceptApplications, decline: declineApplications, waitlist: waitlistApplications };

/** What the list then confirms (lib/notices.ts). */
const DONE = { accept: "accepted", decline: "declined", waitlist: "waitlisted" } as const satisfies Record<ReviewDecision, NoticeCode<"adminEventApplications">>;

/**
 * Accept, decline or wait-list one application, or several chosen on the review page; then
 * back to the same list, whose notice (`notice`, `n`, `offered`) says what was done.
 */
export async function decideApplicationsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, applicationDecisionSchema, async (input) => {
    const { decided, offered } = await DECIDE[input.decision](actor, input);
    revalidatePath("/admin/events", "layout");
    // Seats left show on the public event pages.
    revalidatePublicArea("events");
    const back = new URLSearchParams(input.back);
    for (const key of ["notice", "n", "offered", "page"]) back.delete(key);
    back.set("n", String(decided));
    if (offered) back.set("offered", String(offered));
    redirect(withNotice(`/admin/events/${input.eventId}/applications?${back}`, DONE[input.decision]));
  });
}
