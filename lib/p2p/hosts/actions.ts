"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { openHosting, stopHosting, updateHosting } from "@/lib/p2p/hosts/commands";
import { hostingSchema, hostingTargetSchema } from "@/lib/p2p/hosts/schema";
import { enforceRateLimit, type Limit } from "@/lib/rate-limit";
import { revalidatePublicArea } from "@/lib/revalidate";

// Generous for an owner with a few hubs, short for a script sending the form in a loop.
const FORM_SENDS_PER_USER: Limit = { name: "p2p-hosting:user", max: 30, windowSeconds: 60 * 60 };

const HOSTING = "/account/p2p/hosting";
/** The page in every language, as Next names its route. */
const HOSTING_PAGE = "/[locale]/(account)/account/p2p/hosting";

/**
 * Back to the page, in the sender's language, with what to confirm. /p2p lists the hosts in
 * every language; the map, the directory and the hub's page show its flag.
 */
async function done(notice: NoticeCode<"accountP2PHosting">, flagChanged = false): Promise<never> {
  revalidatePath(HOSTING_PAGE, "page");
  revalidatePublicArea("p2p");
  if (flagChanged) revalidatePublicArea("hubs");
  return redirect({ href: withNotice(HOSTING, notice), locale: await getLocale() });
}

export async function openHostingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, hostingSchema, async (input) => {
    if (actor) await enforceRateLimit(FORM_SENDS_PER_USER, actor.id);
    const { flagChanged } = await openHosting(actor, input);
    await done("opened", flagChanged);
  });
}

export async function updateHostingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, hostingSchema, async (input) => {
    if (actor) await enforceRateLimit(FORM_SENDS_PER_USER, actor.id);
    await updateHosting(actor, input);
    await done("updated");
  });
}

export async function stopHostingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, hostingTargetSchema, async (input) => {
    if (actor) await enforceRateLimit(FORM_SENDS_PER_USER, actor.id);
    await stopHosting(actor, input);
    await done("stopped");
  });
}
