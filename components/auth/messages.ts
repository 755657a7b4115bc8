// The parts of the catalogue each form of components/auth uses, for its page's ClientMessages
// (a plain module: a "use client" file's exports reach server components only as references).
export const AUTH_FORM_MESSAGES = {
  signUp: ["auth.fields", "auth.errors", "auth.signUp"],
  signIn: ["auth.fields", "auth.errors", "auth.signIn"],
  resend: ["auth.fields", "auth.errors", "auth.resend"],
  verify: ["auth.errors", "auth.verifyEmail"],
  forgotPassword: ["auth.fields", "auth.errors", "auth.forgotPassword"],
  resetPassword: ["auth.fields", "auth.errors", "auth.resetPassword"],
} as const;
