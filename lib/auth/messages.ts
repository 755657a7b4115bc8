// The codes of the account area as messages (catalogue keys and values) for the forms.
import { waitMessage, msg, type MessageKey, type Msg } from "@/lib/message";
import type { PasswordProblem } from "@/lib/auth/rules";

/** What the sign-in form says for each refusal code from authenticate() ("invalid", "unverified", "rate_limited:<seconds>"). */
export function signInRefusalMessage(code: string | undefined): Msg {
  if (code?.startsWith("rate_limited:")) return waitMessage(Number(code.split(":")[1]) || 60);
  if (code === "unverified") return msg("auth.errors.signInUnverified");
  return msg("auth.errors.signInInvalid");
}

/**
 * What the forms say for each password problem that has its own words. The length limits are
 * zod's own issues in the schema, which the forms' general words name with their number.
 */
export const PASSWORD_PROBLEM_KEYS = {
  mix: "auth.errors.passwordMix",
  common: "auth.errors.passwordCommon",
  hasEmail: "auth.errors.passwordHasEmail",
  repeated: "auth.errors.passwordRepeated",
} as const satisfies Record<Exclude<PasswordProblem, "tooShort" | "tooLong">, MessageKey>;
