"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/i18n/languages";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { acceptHostRequest, declineHostRequest } from "@/lib/p2p/agreement/commands";
import { acceptHostRequestSchema, declineHostRequestSchema } from "@/lib/p2p/agreement/schema";
import { enforceRateLimit, type Limit } from "@/lib/rate-limit";
import { revalidatePublicArea } from "@/lib/revalidate";

// Generous for an owner answering their requests, short for a script sending the form in a loop.
const ANSWERS_PER_USER: Limit = { name: "p2p-host-answer:user", max: 30, windowSeconds: 60 * 60 };

/** The signed-in P2P pages, in every language: the host's requests and the applicant's timeline. */
const ACCOUNT_P2P = "/[locale]/(account)/account/p2p";

/** Back to the request, in the language the owner used, which shows the answer and confirms it. */
function answered(locale: Locale, requestId: string, notice: NoticeCode<"hostRequest">): never {
  revalidatePath(ACCOUNT_P2P, "layout");
  // A host's places left show on /p2p.
  if (notice === "accepted") revalidatePublicArea("p2p");
  return redirect({ href: withNotice(`/account/p2p/requests/${requestId}`, notice), locale });
}

export async function acceptHostRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const locale = await getLocale();
  return handleForm(formData, acceptHostRequestSchema, async (input) => {
    if (!actor) throw new NotFoundError();
    await enforceRateLimit(ANSWERS_PER_USER, actor.id);
    await acceptHostRequest(actor, input.requestId, { note: input.note ?? null }, { pageLocale: locale });
    answered(locale, input.requestId, "accepted");
  });
}

export async function declineHostRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const locale = await getLocale();
  return handleForm(formData, declineHostRequestSchema, async (input) => {
    if (!actor) throw new NotFoundError();
    await enforceRateLimit(ANSWERS_PER_USER, actor.id);
    await declineHostRequest(actor, input.requestId, { reason: input.reason }, { pageLocale: locale });
    answered(locale, input.requestId, "declined");
  });
}
