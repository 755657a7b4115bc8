"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { revalidatePublicArea } from "@/lib/revalidate";
import { handleForm, type FormState } from "@/lib/forms";
import { decideHub, decideManagementRequest } from "@/lib/hubs/moderation/commands";
import { hubDecisionSchema, requestDecisionSchema } from "@/lib/hubs/moderation/schema";

/** Approve, request changes, reject or archive: back to the hub's page, which confirms it. */
export async function decideHubAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, hubDecisionSchema, async (input) => {
    await decideHub(actor, input.decision, { hubId: input.hubId, version: input.version, ...("message" in input ? { message: input.message } : {}) });
    // The public pages, on every instance, and the owners' pages show the status too.
    revalidatePublicArea("hubs");
    revalidatePath("/account/hubs");
    redirect(`/admin/hubs/${input.hubId}?done=${input.decision}`);
  });
}

export async function decideManagementRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, requestDecisionSchema, async (input) => {
    const { hubId } = await decideManagementRequest(actor, input.decision, { requestId: input.requestId, message: input.message });
    revalidatePath("/admin/hubs", "layout");
    const done = input.decision === "approve" ? "manager-approved" : "manager-declined";
    redirect(input.from === "hub" ? `/admin/hubs/${hubId}?done=${done}` : `/admin/hubs?done=${done}`);
  });
}
