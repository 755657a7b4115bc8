"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { handleForm, type FormState } from "@/lib/forms";
import { getCurrentUser } from "@/lib/auth/session";
import { revalidatePublicArea } from "@/lib/revalidate";
import {
  acceptHubInvite,
  archiveHub,
  confirmHubInformation,
  deleteHubDraft,
  inviteCoOwner,
  removeHubOwner,
  revokeHubInvite,
  unarchiveHub,
} from "@/lib/hubs/ownership/commands";
import { acceptInviteSchema, draftIdSchema, hubIdSchema, inviteSchema, removeOwnerSchema, revokeInviteSchema } from "@/lib/hubs/ownership/schema";
import type { OwnerNotice } from "@/lib/hubs/ownership/rules";

const MY_HUBS = "/account/hubs";

/** Back to the list with a sentence about what happened (the form that was used may be gone). */
function done(notice: OwnerNotice, publicPagesChanged = false): never {
  revalidatePath(MY_HUBS);
  // The map, the directory and hub pages show published hubs only: every instance's copies.
  if (publicPagesChanged) revalidatePublicArea("hubs");
  redirect(`${MY_HUBS}?notice=${notice}`);
}

export async function inviteCoOwnerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, inviteSchema, async (input) => {
    await inviteCoOwner(actor, input);
    revalidatePath(MY_HUBS);
    return { ok: true, message: `Invitation sent to ${input.email}. The link in it works once and for 14 days.`, values: {} };
  });
}

export async function acceptHubInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, acceptInviteSchema, async ({ token }) => {
    const { added } = await acceptHubInvite(actor, token);
    done(added ? "joined" : "already-owner");
  });
}

export async function revokeHubInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, revokeInviteSchema, async (input) => {
    await revokeHubInvite(actor, input);
    done("invite-revoked");
  });
}

export async function removeHubOwnerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, removeOwnerSchema, async (input) => {
    await removeHubOwner(actor, input);
    done(input.userId === actor?.id ? "left" : "owner-removed");
  });
}

export async function archiveHubAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, hubIdSchema, async (input) => {
    await archiveHub(actor, input);
    done("archived", true);
  });
}

export async function unarchiveHubAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, hubIdSchema, async (input) => {
    await unarchiveHub(actor, input);
    done("unarchived", true);
  });
}

export async function confirmHubInformationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, hubIdSchema, async (input) => {
    await confirmHubInformation(actor, input);
    revalidatePath(MY_HUBS);
    revalidatePublicArea("hubs");
    return { ok: true, message: "Thank you — the information is confirmed as true today. We will ask again in a year." };
  });
}

export async function deleteHubDraftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, draftIdSchema, async (input) => {
    await deleteHubDraft(actor, input);
    done("draft-deleted");
  });
}
