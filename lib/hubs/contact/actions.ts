"use server";
import { getLocale } from "next-intl/server";
import { handleForm, type FormState } from "@/lib/forms";
import { sendHubMessage } from "@/lib/hubs/contact/commands";
import { hubMessageSchema } from "@/lib/hubs/contact/schema";
import { msg } from "@/lib/message";
import { clientIp } from "@/lib/request";

export async function sendHubMessageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, hubMessageSchema, async (input) => {
    const sent: FormState = { ok: true, message: msg("hubManagement.contact.sent"), values: {} };
    // A bot filled the hidden field: answer as if it worked, store and send nothing.
    if (input.website) return sent;
    await sendHubMessage(input, await clientIp(), await getLocale());
    return sent;
  });
}
