"use server";
import { AuthError } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { handleForm, type FormState } from "@/lib/forms";
import { msg } from "@/lib/message";
import { clientIp } from "@/lib/request";
import { signIn, signOut } from "@/lib/auth/config";
import {
  changePassword,
  deleteAccount,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signUp,
  updateProfile,
  verifyEmail,
} from "@/lib/auth/commands";
import { signInRefusalMessage } from "@/lib/auth/messages";
import { returnPath } from "@/lib/auth/rules";
import { withNotice } from "@/lib/notices";
import {
  changePasswordSchema,
  deleteAccountSchema,
  emailOnlySchema,
  profileSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  tokenSchema,
} from "@/lib/auth/schema";
import { requireUser } from "@/lib/auth/session";
import { redirect } from "@/i18n/navigation";
import { localePath } from "@/i18n/languages";

// Each action works in the language of the page it was posted from (getLocale(): proxy.ts
// reads it from the address): its redirects stay in that language, and the emails it causes
// are written in it for someone whose account has no language of its own.

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, signUpSchema, async (input) => {
    await signUp({ ...input, ip: await clientIp(), locale });
    redirect({ href: { pathname: "/sign-up/check-email", query: { email: input.email } }, locale });
  });
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, signInSchema, async ({ email, password, next }) => {
    try {
      await signIn("credentials", { email, password, redirectTo: returnPath(next, locale) });
    } catch (e) {
      if (e instanceof AuthError) {
        const code = (e as AuthError & { code?: string }).code;
        return { ok: false, message: signInRefusalMessage(code), values: { email, next: next ?? "" } };
      }
      throw e;
    }
  });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: localePath(await getLocale(), withNotice("/", "signed-out")) });
}

export async function resendVerificationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, emailOnlySchema, async ({ email }) => {
    await resendVerification({ email, ip: await clientIp(), locale });
    return { ok: true, message: msg("auth.resend.sent"), values: {} };
  });
}

export async function verifyEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, tokenSchema, async ({ token }) => {
    await verifyEmail(token);
    redirect({ href: withNotice("/sign-in", "email-confirmed"), locale });
  });
}

export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, emailOnlySchema, async ({ email }) => {
    await requestPasswordReset({ email, ip: await clientIp(), locale });
    return { ok: true, message: msg("auth.forgotPassword.sent", { email }), values: {} };
  });
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, resetPasswordSchema, async ({ token, password }) => {
    await resetPassword({ token, password, locale });
    redirect({ href: withNotice("/sign-in", "password-reset"), locale });
  });
}

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return handleForm(formData, profileSchema, async (input) => {
    await updateProfile(actor, input);
    return { ok: true, message: msg("account.details.saved"), values: { name: input.name } };
  });
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const locale = await getLocale();
  return handleForm(formData, changePasswordSchema, async ({ current, password }) => {
    await changePassword(actor, { current, password, locale });
    // The change ended every session, this one included: sign in again with the new password.
    await signIn("credentials", { email: actor.email, password, redirectTo: localePath(locale, withNotice("/account", "password-changed")) });
  });
}

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "account.delete" });
  return handleForm(formData, deleteAccountSchema(t("phrase")), async ({ password }) => {
    await deleteAccount(actor, { password, locale });
    await signOut({ redirectTo: localePath(locale, withNotice("/", "account-deleted")) });
  });
}
