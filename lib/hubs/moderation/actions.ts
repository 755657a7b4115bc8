"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import type { CurrentUser } from "@/lib/auth/user";
import { revalidatePublicArea } from "@/lib/revalidate";
import { handleForm, type FormState } from "@/lib/forms";
import {
  approveHub,
  approveManagementRequest,
  archiveHubAsStaff,
  declineManagementRequest,
  rejectHub,
  requestHubChanges,
} from "@/lib/hubs/moderation/commands";
import {
  approveHubSchema,
  archiveHubAsStaffSchema,
  rejectHubSchema,
  requestDecisionSchema,
  requestHubChangesSchema,
  type HubDecisionInput,
} from "@/lib/hubs/moderation/schema";
import { withNotice, type NoticeCode } from "@/lib/notices";

/** The owners' "Your hubs" page, in every language: it shows each hub's status and owners. */
const OWN_HUBS_PAGE = "/[locale]/(account)/account/hubs";

/** One decision about a hub, then back to the hub's staff page (never localised), which confirms it. */
async function decide<S extends z.ZodType<HubDecisionInput>>(
  formData: FormData,
  schema: S,
  command: (actor: CurrentUser | null, input: HubDecisionInput) => Promise<void>,
  notice: NoticeCode<"adminHub">,
): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, schema, async (input) => {
    await command(actor, input);
    // The status shows on the public pages (on every instance) and on the owners' pages.
    revalidatePublicArea("hubs");
    revalidatePath(OWN_HUBS_PAGE, "page");
    redirect(withNotice(`/admin/hubs/${input.hubId}`, notice));
  });
}

export async function approveHubAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, approveHubSchema, approveHub, "approved");
}

export async function requestHubChangesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, requestHubChangesSchema, requestHubChanges, "changes-requested");
}

export async function rejectHubAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, rejectHubSchema, rejectHub, "rejected");
}

export async function archiveHubAsStaffAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, archiveHubAsStaffSchema, archiveHubAsStaff, "archived");
}

export async function approveManagementRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, requestDecisionSchema, async (input) => {
    const { hubId } = await approveManagementRequest(actor, input);
    afterRequestDecision(hubId, input.from, "manager-approved");
  });
}

export async function declineManagementRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, requestDecisionSchema, async (input) => {
    const { hubId } = await declineManagementRequest(actor, input);
    afterRequestDecision(hubId, input.from, "manager-declined");
  });
}

/** Back to the page the decision was taken on: the queue or the hub's page. */
function afterRequestDecision(hubId: string, from: "queue" | "hub", notice: NoticeCode<"adminHubs">): never {
  revalidatePath("/admin/hubs", "layout");
  revalidatePath(OWN_HUBS_PAGE, "page");
  redirect(withNotice(from === "hub" ? `/admin/hubs/${hubId}` : "/admin/hubs", notice));
}
