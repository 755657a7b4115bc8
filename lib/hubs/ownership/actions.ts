"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { handleForm, type FormState } from "@/lib/forms";
import { getCurrentUser } from "@/lib/auth/session";
import { msg } from "@/lib/message";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { revalidatePublicArea } from "@/lib/revalidate";
import {
  acceptHubInvite,
  archiveOwnHub,
  confirmHubInformation,
  deleteHubDraft,
  inviteCoOwner,
  removeHubOwner,
  requestHubManagement,
  revokeHubInvite,
  unarchiveOwnHub,
} from "@/lib/hubs/ownership/commands";
import { INVITE_LIFETIME_DAYS } from "@/lib/hubs/ownership/rules";
import {
  acceptInviteSchema,
  draftIdSchema,
  hubIdSchema,
  inviteSchema,
  managementRequestSchema,
  removeOwnerSchema,
  revokeInviteSchema,
} from "@/lib/hubs/ownership/schema";

const MY_HUBS = "/account/hubs";
/** The page in every language, as Next names its route. */
const MY_HUBS_PAGE = "/[locale]/(account)/account/hubs";

/** Back to the list, in the sender's language, with the code of what happened (the form that was used may be gone). */
async function done(notice: NoticeCode<"accountHubs">, publicPagesChanged = false): Promise<never> {
  revalidatePath(MY_HUBS_PAGE, "page");
  // The map, the directory and hub pages show published hubs only: every instance's copies.
  if (publicPagesChanged) revalidatePublicArea("hubs");
  return redirect({ href: withNotice(MY_HUBS, notice), locale: await getLocale() });
}

export async function inviteCoOwnerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, inviteSchema, async (input) => {
    await inviteCoOwner(actor, input, await getLocale());
    revalidatePath(MY_HUBS_PAGE, "page");
    return { ok: true, message: msg("hubManagement.ownership.inviteSent", { email: input.email, days: INVITE_LIFETIME_DAYS }), values: {} };
  });
}

export async function acceptHubInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, acceptInviteSchema, async ({ token }) => {
    const { added } = await acceptHubInvite(actor, token, await getLocale());
    await done(added ? "joined" : "already-owner");
  });
}

export async function revokeHubInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, revokeInviteSchema, async (input) => {
    await revokeHubInvite(actor, input);
    await done("invite-revoked");
  });
}

export async function removeHubOwnerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, removeOwnerSchema, async (input) => {
    await removeHubOwner(actor, input, await getLocale());
    await done(input.userId === actor?.id ? "left" : "owner-removed");
  });
}

export async function archiveOwnHubAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, hubIdSchema, async (input) => {
    await archiveOwnHub(actor, input);
    await done("archived", true);
  });
}

export async function unarchiveOwnHubAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, hubIdSchema, async (input) => {
    await unarchiveOwnHub(actor, input);
    await done("unarchived", true);
  });
}

export async function confirmHubInformationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, hubIdSchema, async (input) => {
    await confirmHubInformation(actor, input);
    revalidatePath(MY_HUBS_PAGE, "page");
    // The hub's page shows when it was last confirmed, and a stale hub comes back to the map.
    revalidatePublicArea("hubs");
    return { ok: true, message: msg("hubManagement.ownership.confirmed") };
  });
}

export async function deleteHubDraftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, draftIdSchema, async (input) => {
    await deleteHubDraft(actor, input);
    await done("draft-deleted");
  });
}

/** "This is my hub — ask to manage it", from a hub's page or the add form's duplicate warning. */
export async function requestHubManagementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, managementRequestSchema, async (input) => {
    await requestHubManagement(actor, input);
    revalidatePath("/admin/hubs");
    revalidatePath(MY_HUBS_PAGE, "page");
    return { ok: true, message: msg("hubManagement.askToManage.sent"), values: {} };
  });
}
