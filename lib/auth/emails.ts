import "server-only";
import type { Email } from "@/lib/email/outbox";
import { emailWords, type EmailWords } from "@/lib/email/words";
import type { Locale } from "@/i18n/languages";

// Plain-text emails that say what happened and what to do next, in the reader's language
// (auth.emails.* in the catalogue; the commands choose whose language).

async function personalEmail(to: string, name: string, locale: Locale, write: (words: EmailWords) => { subject: string; body: string }): Promise<Email> {
  const words = await emailWords(locale);
  const { subject, body } = write(words);
  return words.letter({ email: to, name }, subject, body);
}

export const verifyEmailMessage = (to: string, name: string, secret: string, locale: Locale) =>
  personalEmail(to, name, locale, ({ t, url }) => ({
    subject: t("auth.emails.verify.subject"),
    body: t("auth.emails.verify.body", { site: t("common.siteName"), link: url(`/verify-email?token=${secret}`) }),
  }));

export const alreadyRegisteredMessage = (to: string, name: string, locale: Locale) =>
  personalEmail(to, name, locale, ({ t, url }) => ({
    subject: t("auth.emails.alreadyRegistered.subject"),
    body: t("auth.emails.alreadyRegistered.body", { signIn: url("/sign-in"), forgotPassword: url("/forgot-password") }),
  }));

export const resetPasswordMessage = (to: string, name: string, secret: string, locale: Locale) =>
  personalEmail(to, name, locale, ({ t, url }) => ({
    subject: t("auth.emails.resetPassword.subject"),
    body: t("auth.emails.resetPassword.body", { link: url(`/reset-password?token=${secret}`) }),
  }));

export const passwordChangedMessage = (to: string, name: string, locale: Locale) =>
  personalEmail(to, name, locale, ({ t, url }) => ({
    subject: t("auth.emails.passwordChanged.subject"),
    body: t("auth.emails.passwordChanged.body", { forgotPassword: url("/forgot-password"), contact: url("/contact") }),
  }));

export const accountDeletedMessage = (to: string, name: string, locale: Locale) =>
  personalEmail(to, name, locale, ({ t, url }) => ({
    subject: t("auth.emails.accountDeleted.subject"),
    body: t("auth.emails.accountDeleted.body", { signUp: url("/sign-up") }),
  }));
