"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { handleForm, type FormState } from "@/lib/forms";
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
import { safeRedirectPath } from "@/lib/auth/rules";
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

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, signUpSchema, async (input) => {
    await signUp({ ...input, ip: await clientIp() });
    redirect(`/sign-up/check-email?email=${encodeURIComponent(input.email)}`);
  });
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, signInSchema, async ({ email, password, next }) => {
    try {
      await signIn("credentials", { email, password, redirectTo: safeRedirectPath(next) });
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
  await signOut({ redirectTo: withNotice("/", "signed-out") });
}

export async function resendVerificationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, emailOnlySchema, async ({ email }) => {
    await resendVerification({ email, ip: await clientIp() });
    return { ok: true, message: "If that address has an account waiting for confirmation, a new link is on its way. Check your inbox.", values: {} };
  });
}

export async function verifyEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, tokenSchema, async ({ token }) => {
    await verifyEmail(token);
    redirect("/sign-in?verified=1");
  });
}

export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, emailOnlySchema, async ({ email }) => {
    await requestPasswordReset({ email, ip: await clientIp() });
    return { ok: true, message: `If an account exists for ${email}, we have sent it a link to reset the password. It expires in one hour.`, values: {} };
  });
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, resetPasswordSchema, async ({ token, password }) => {
    await resetPassword({ token, password });
    redirect("/sign-in?reset=1");
  });
}

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return handleForm(formData, profileSchema, async (input) => {
    await updateProfile(actor, input);
    return { ok: true, message: "Your details are saved.", values: { name: input.name } };
  });
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return handleForm(formData, changePasswordSchema, async ({ current, password }) => {
    await changePassword(actor, { current, password });
    // The change ended every session, this one included: sign in again with the new password.
    await signIn("credentials", { email: actor.email, password, redirectTo: "/account?password-changed=1" });
  });
}

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return handleForm(formData, deleteAccountSchema, async ({ password }) => {
    await deleteAccount(actor, { password });
    await signOut({ redirectTo: withNotice("/", "account-deleted") });
  });
}
