"use server";
import { revalidatePath } from "next/cache";
import { redirect as redirectTo } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice } from "@/lib/notices";
import { recordPayment, signGrantAgreement } from "@/lib/p2p/grant/commands";
import { signAgreementSchema } from "@/lib/p2p/grant/schema";
import { paymentSchema } from "@/lib/p2p/reports/schema";

// The applicant's acceptance of the grant agreement, and staff's record of the payment. Each
// comes back to its page, which shows what was recorded.

/** The signed-in P2P pages, in every language. */
const ACCOUNT_P2P = "/[locale]/(account)/account/p2p";

export async function signAgreementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const locale = await getLocale();
  return handleForm(formData, signAgreementSchema, async (input) => {
    if (!actor) throw new NotFoundError();
    await signGrantAgreement(actor, input.applicationId, { name: input.name }, { pageLocale: locale });
    revalidatePath(ACCOUNT_P2P, "layout");
    redirect({ href: withNotice(`/account/p2p/applications/${input.applicationId}`, "signed"), locale });
  });
}

export async function recordPaymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, paymentSchema, async (input) => {
    await recordPayment(actor, input.applicationId, { paidCents: input.paidEuros ?? null, paidOn: input.paidOn, reference: input.reference ?? null });
    revalidatePath("/admin/p2p", "layout");
    revalidatePath(ACCOUNT_P2P, "layout");
    redirectTo(withNotice(`/admin/p2p/applications/${input.applicationId}`, "paid"));
  });
}
