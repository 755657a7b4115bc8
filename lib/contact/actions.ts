"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { handleForm, type FormState } from "@/lib/forms";
import { msg } from "@/lib/message";
import { enforceRateLimit, LIMITS } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request";
import { getCurrentUser } from "@/lib/auth/session";
import { markContactMessageHandled, sendContactMessage } from "@/lib/contact/commands";
import { contactSchema, markHandledSchema } from "@/lib/contact/schema";

const SENT = msg("contact.form.sent");

export async function sendContactMessageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, contactSchema, async (input) => {
    // A bot filled the hidden field: answer as if it worked, store and send nothing.
    if (input.website) return { ok: true, message: SENT, values: {} };
    await enforceRateLimit(LIMITS.contactPerIp, await clientIp());
    await sendContactMessage(input, await getCurrentUser(), await getLocale());
    return { ok: true, message: SENT, values: {} };
  });
}

export async function markContactMessageHandledAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, markHandledSchema, async (input) => {
    await markContactMessageHandled(actor, input);
    revalidatePath("/admin/messages");
    return { ok: true, message: msg(input.handled ? "contact.admin.handled" : "contact.admin.reopened") };
  });
}
