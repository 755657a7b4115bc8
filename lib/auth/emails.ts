import { emailSignature, SITE_NAME, siteUrl } from "@/lib/site";
import type { Email } from "@/lib/email/outbox";

// Plain-text emails that say what happened and what to do next.
const signature = emailSignature();

export function verifyEmailMessage(to: string, name: string, secret: string): Email {
  return {
    to,
    subject: "Confirm your email address for ECHN",
    text: `Hello ${name},\n\nThank you for joining the ${SITE_NAME}. To finish creating your account, confirm your email address:\n\n${siteUrl(`/verify-email?token=${secret}`)}\n\nThe link works once and expires in 48 hours. If you did not sign up, ignore this email: no account is created until the address is confirmed.${signature}`,
  };
}

export function alreadyRegisteredMessage(to: string, name: string): Email {
  return {
    to,
    subject: "Someone tried to sign up to ECHN with your address",
    text: `Hello ${name},\n\nSomeone — perhaps you — tried to create an ECHN account with this email address, but you already have one.\n\nSign in: ${siteUrl("/sign-in")}\nForgot your password? ${siteUrl("/forgot-password")}\n\nIf this was not you, you can ignore this email; your account has not changed.${signature}`,
  };
}

export function resetPasswordMessage(to: string, name: string, secret: string): Email {
  return {
    to,
    subject: "Reset your ECHN password",
    text: `Hello ${name},\n\nWe received a request to reset the password of your ECHN account. Choose a new password here:\n\n${siteUrl(`/reset-password?token=${secret}`)}\n\nThe link works once and expires in one hour. If you did not ask for this, ignore this email: your password stays as it is.${signature}`,
  };
}

export function passwordChangedMessage(to: string, name: string): Email {
  return {
    to,
    subject: "Your ECHN password was changed",
    text: `Hello ${name},\n\nThe password of your ECHN account was just changed, and every other device was signed out.\n\nIf this was not you, reset your password now: ${siteUrl("/forgot-password")} and tell us through ${siteUrl("/contact")}.${signature}`,
  };
}

export function accountDeletedMessage(to: string, name: string): Email {
  return {
    to,
    subject: "Your ECHN account has been deleted",
    text: `Hello ${name},\n\nAs you asked, your ECHN account has been deleted. Your profile and sign-in details are gone; messages you sent us are kept without your name or address.\n\nYou are welcome back any time: ${siteUrl("/sign-up")}${signature}`,
  };
}
