"use server";
import { revalidatePath } from "next/cache";
import { redirect as redirectTo } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { acceptMembershipRequest, declineMembershipRequest, endHubMembership, requestMembership, setHubMembership } from "@/lib/p2p/membership/commands";
import { acceptMembershipSchema, declineMembershipSchema, hubIdSchema, membershipRequestSchema, setMembershipSchema } from "@/lib/p2p/membership/schema";
import { enforceRateLimit, type Limit } from "@/lib/rate-limit";
import { revalidatePublicArea } from "@/lib/revalidate";

// The owners' "ask to join the network" form, and staff's decisions and changes on the
// members page. Each comes back to its page, which confirms what was done.

/** The owners' page in every language, as Next names its route. */
const OWN_MEMBERSHIP_PAGE = "/[locale]/(account)/account/p2p/membership";

// Generous for an owner of several hubs, short for a script: each request emails every member of staff.
const REQUESTS_PER_USER: Limit = { name: "p2p-membership-request:user", max: 10, windowSeconds: 60 * 60 };

export async function requestMembershipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const locale = await getLocale();
  return handleForm(formData, membershipRequestSchema, async (input) => {
    if (actor) await enforceRateLimit(REQUESTS_PER_USER, actor.id);
    await requestMembership(actor, input);
    revalidatePath(OWN_MEMBERSHIP_PAGE, "page");
    revalidatePath("/admin/p2p/members");
    redirect({ href: withNotice("/account/p2p/membership", "requested"), locale });
  });
}

/** Back to the staff members page (never localised), which confirms what was done. */
function backToMembers(notice: NoticeCode<"adminP2PMembers">): never {
  revalidatePath("/admin/p2p", "layout");
  revalidatePath(OWN_MEMBERSHIP_PAGE, "page");
  // Who may apply and who hosts show on /p2p.
  revalidatePublicArea("p2p");
  redirectTo(withNotice("/admin/p2p/members", notice));
}

export async function acceptMembershipRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, acceptMembershipSchema, async (input) => {
    await acceptMembershipRequest(actor, input);
    backToMembers("accepted");
  });
}

export async function declineMembershipRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, declineMembershipSchema, async (input) => {
    await declineMembershipRequest(actor, input);
    backToMembers("declined");
  });
}

export async function setHubMembershipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, setMembershipSchema, async (input) => {
    await setHubMembership(actor, input);
    backToMembers("set");
  });
}

export async function endHubMembershipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, hubIdSchema, async (input) => {
    await endHubMembership(actor, input);
    backToMembers("ended");
  });
}
