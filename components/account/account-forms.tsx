"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { FieldErrors, Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { usePasswordHint } from "@/components/auth/auth-forms";
import { initialFormState } from "@/lib/form-state";
import { changePasswordAction, deleteAccountAction, updateProfileAction } from "@/lib/auth/actions";
import { setLanguageAction } from "@/lib/users/actions";
import { LANGUAGES, type Locale } from "@/i18n/languages";

// Their words: ClientMessages of ACCOUNT_FORM_MESSAGES (components/account/messages.ts).

export function ProfileForm({ name }: { name: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="name" label={t("auth.fields.name")} autoComplete="name" required defaultValue={name} maxLength={100} state={state} />
      <SubmitButton pendingLabel={t("account.details.pending")}>{t("account.details.submit")}</SubmitButton>
    </form>
  );
}

/** The account's language, each language named in itself. */
export function LanguageForm({ current }: { current: Locale }) {
  const t = useTranslations("account.language");
  const [state, action] = useActionState(setLanguageAction, initialFormState);
  const id = `locale${useId()}`;
  const errors = state.fieldErrors?.locale;
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <div>
        <label htmlFor={id} className="block font-medium text-stone-900">
          {t("label")}
        </label>
        <select
          id={id}
          name="locale"
          defaultValue={current}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${id}-error` : undefined}
          className="mt-1 block rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900"
        >
          {LANGUAGES.map((language) => (
            <option key={language.locale} value={language.locale} lang={language.locale}>
              {language.name}
            </option>
          ))}
        </select>
        {errors?.length ? (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
            <FieldErrors errors={errors} />
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations();
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const hint = usePasswordHint();
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="current" label={t("account.password.current")} type="password" autoComplete="current-password" required state={state} />
      <Field name="password" label={t("auth.fields.newPassword")} type="password" autoComplete="new-password" required hint={hint} state={state} />
      <Field name="confirmPassword" label={t("auth.fields.repeatPassword")} type="password" autoComplete="new-password" required state={state} />
      <SubmitButton pendingLabel={t("account.password.pending")}>{t("account.password.submit")}</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations("account.delete");
  const [state, action] = useActionState(deleteAccountAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="password" label={t("password")} type="password" autoComplete="current-password" required state={state} />
      <Field name="confirm" label={t("confirm")} required autoComplete="off" state={state} />
      <SubmitButton variant="danger" pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
