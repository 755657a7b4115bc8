"use server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { handleForm, type FormState } from "@/lib/forms";
import { msg } from "@/lib/message";
import { withNotice } from "@/lib/notices";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { changeUserRole, setOwnLanguage } from "@/lib/users/commands";
import { changeRoleSchema, languageSchema } from "@/lib/users/schema";
import { redirect } from "@/i18n/navigation";
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE } from "@/i18n/languages";

export async function changeUserRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, changeRoleSchema, async (input) => {
    await changeUserRole(actor, input);
    revalidatePath("/admin/users");
    return { ok: true, message: msg("account.roles.changed", { role: input.role }) };
  });
}

/**
 * The account page's language preference: kept on the account (emails follow it) and in the
 * switcher's cookie, then the account page opens in that language.
 */
export async function setLanguageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return handleForm(formData, languageSchema, async ({ locale }) => {
    await setOwnLanguage(actor, locale);
    (await cookies()).set(LANGUAGE_COOKIE, locale, { path: "/", maxAge: LANGUAGE_COOKIE_MAX_AGE, sameSite: "lax" });
    redirect({ href: withNotice("/account", "language-saved"), locale });
  });
}
