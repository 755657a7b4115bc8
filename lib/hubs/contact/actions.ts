"use server";
import { handleForm, type FormState } from "@/lib/forms";
import { sendHubMessage } from "@/lib/hubs/contact/commands";
import { hubMessageSchema } from "@/lib/hubs/contact/schema";
import { clientIp } from "@/lib/request";

const SENT = "Thank you — your message is on its way to the hub. We have emailed you a confirmation; if the hub replies, the answer comes straight to your inbox.";

export async function sendHubMessageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, hubMessageSchema, async (input) => {
    // A bot filled the hidden field: answer as if it worked, store and send nothing.
    if (input.website) return { ok: true, message: SENT, values: {} };
    await sendHubMessage(input, await clientIp());
    return { ok: true, message: SENT, values: {} };
  });
}
