// The parts of the catalogue the account page's forms use, for its ClientMessages (a plain
// module: a "use client" file's exports reach server components only as references).
export const ACCOUNT_FORM_MESSAGES = [
  "auth.fields",
  "auth.errors",
  "account.details",
  "account.language",
  "account.password",
  "account.delete",
  "account.errors",
] as const;
