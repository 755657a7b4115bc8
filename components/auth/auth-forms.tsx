"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { Link } from "@/i18n/navigation";
import { initialFormState, type FormState } from "@/lib/form-state";
import {
  forgotPasswordAction,
  resendVerificationAction,
  resetPasswordAction,
  signInAction,
  signUpAction,
  verifyEmailAction,
} from "@/lib/auth/actions";
import { PASSWORD_MIN } from "@/lib/auth/rules";

// Their words: the page's ClientMessages names the parts of "auth" they use (components/auth/messages.ts).

/** The rules a new password must follow, under its field. */
export function usePasswordHint() {
  return useTranslations("auth.fields")("passwordHint", { min: PASSWORD_MIN });
}

export function SignUpForm() {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signUpAction, initialFormState);
  const hint = usePasswordHint();
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <Field name="name" label={t("fields.name")} autoComplete="name" required state={state} maxLength={100} />
      <Field name="email" label={t("fields.email")} type="email" autoComplete="email" required state={state} />
      <Field name="password" label={t("fields.password")} type="password" autoComplete="new-password" required hint={hint} state={state} />
      <SubmitButton pendingLabel={t("signUp.pending")}>{t("signUp.submit")}</SubmitButton>
    </form>
  );
}

export function SignInForm({ next, initialState = initialFormState }: { next?: string; initialState?: FormState }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signInAction, initialState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={state.values?.next ?? next ?? ""} />
      <Field name="email" label={t("fields.email")} type="email" autoComplete="email" required state={state} />
      <Field name="password" label={t("fields.password")} type="password" autoComplete="current-password" required state={state} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={t("signIn.pending")}>{t("signIn.submit")}</SubmitButton>
        <Link href="/forgot-password">{t("signIn.forgotPassword")}</Link>
      </div>
    </form>
  );
}

export function ResendVerificationForm({ email }: { email?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(resendVerificationAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="email" label={t("fields.email")} type="email" autoComplete="email" required defaultValue={email} state={state} />
      <SubmitButton pendingLabel={t("resend.pending")}>{t("resend.submit")}</SubmitButton>
    </form>
  );
}

export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations("auth.verifyEmail");
  const [state, action] = useActionState(verifyEmailAction, initialFormState);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [state, action] = useActionState(forgotPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <Field name="email" label={t("fields.email")} type="email" autoComplete="email" required state={state} />
      <SubmitButton pendingLabel={t("forgotPassword.pending")}>{t("forgotPassword.submit")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  const hint = usePasswordHint();
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" label={t("fields.newPassword")} type="password" autoComplete="new-password" required hint={hint} state={state} />
      <Field name="confirmPassword" label={t("fields.repeatPassword")} type="password" autoComplete="new-password" required state={state} />
      <SubmitButton pendingLabel={t("resetPassword.pending")}>{t("resetPassword.submit")}</SubmitButton>
    </form>
  );
}
