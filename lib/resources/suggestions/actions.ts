"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice } from "@/lib/notices";
import { acceptSuggestion, declineSuggestion, suggestResource } from "@/lib/resources/suggestions/commands";
import { acceptSuggestionSchema, declineSuggestionSchema, suggestionSchema } from "@/lib/resources/suggestions/schema";

// A member's suggestion for the library, and staff's answer to it. Each answers with the form's
// state, or goes to the page that says what was done: the member's list of suggestions, the
// new draft resource (accepted), or the staff list (declined). Nothing public changes: a draft
// is not on /tools until staff publish it.

const STAFF_LIST = "/admin/tools/suggestions";

export async function suggestResourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, suggestionSchema, async (input) => {
    if (!actor) throw new NotFoundError();
    await suggestResource(actor, input);
    revalidatePath(STAFF_LIST);
    redirect(withNotice("/account/suggestions", "sent"));
  });
}

export async function acceptSuggestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, acceptSuggestionSchema, async ({ suggestionId, type }) => {
    const { resourceId } = await acceptSuggestion(actor, suggestionId, { type });
    revalidatePath("/admin/tools", "layout");
    redirect(`/admin/tools/${resourceId}`);
  });
}

export async function declineSuggestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, declineSuggestionSchema, async ({ suggestionId, message }) => {
    await declineSuggestion(actor, suggestionId, message);
    revalidatePath(STAFF_LIST);
    redirect(withNotice(STAFF_LIST, "declined"));
  });
}
