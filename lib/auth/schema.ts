import { z } from "zod";
import { PASSWORD_PROBLEM_KEYS } from "@/lib/auth/messages";
import { normaliseEmail, PASSWORD_MAX, PASSWORD_MIN, passwordProblems } from "@/lib/auth/rules";

// Messages are catalogue keys (messages/<locale>/auth.json); a field without one gets the
// forms' general message for its kind of problem (lib/forms.ts issueMessage).

const email = z
  .string({ error: "auth.errors.emailMissing" })
  .trim()
  .min(1, "auth.errors.emailMissing")
  .max(254, "auth.errors.emailTooLong")
  .pipe(z.email({ error: "auth.errors.emailInvalid" }))
  .transform(normaliseEmail);

const anyPassword = z.string({ error: "auth.errors.passwordMissing" }).min(1, "auth.errors.passwordMissing").max(PASSWORD_MAX, "auth.errors.passwordTooLong");

const name = z.string({ error: "auth.errors.nameMissing" }).trim().min(1, "auth.errors.nameMissing").max(100, "forms.errors.tooLong");

/** A new password, checked against the strength rules (and the email when we have one); every problem at once. */
function newPassword<T extends z.ZodRawShape>(shape: T, passwordKey = "password") {
  return z.object(shape).superRefine((data, ctx) => {
    const d = data as Record<string, unknown>;
    const password = String(d[passwordKey] ?? "");
    const path = [passwordKey];
    for (const problem of passwordProblems(password, { email: typeof d.email === "string" ? d.email : undefined })) {
      // The length limits are zod's own issues, so that the message names the limit ("Use at least 10 characters.").
      if (problem === "tooShort") ctx.addIssue({ code: "too_small", origin: "string", minimum: PASSWORD_MIN, inclusive: true, input: password, path });
      else if (problem === "tooLong") ctx.addIssue({ code: "too_big", origin: "string", maximum: PASSWORD_MAX, inclusive: true, input: password, path });
      else ctx.addIssue({ code: "custom", path, message: PASSWORD_PROBLEM_KEYS[problem] });
    }
  });
}

export const signUpSchema = newPassword({ name, email, password: z.string().max(PASSWORD_MAX * 4) });
export const signInSchema = z.object({ email, password: anyPassword, next: z.string().max(500).optional() });
export const emailOnlySchema = z.object({ email });
export const tokenSchema = z.object({ token: z.string().min(20).max(200) });

export const resetPasswordSchema = newPassword({ token: z.string().min(20).max(200), password: z.string().max(PASSWORD_MAX * 4), confirmPassword: z.string() })
  .refine((d) => d.password === d.confirmPassword, { path: ["confirmPassword"], message: "auth.errors.passwordsDiffer" });

export const changePasswordSchema = newPassword({ current: anyPassword, password: z.string().max(PASSWORD_MAX * 4), confirmPassword: z.string() })
  .refine((d) => d.password === d.confirmPassword, { path: ["confirmPassword"], message: "auth.errors.passwordsDiffer" })
  .refine((d) => d.password !== d.current, { path: ["password"], message: "auth.errors.passwordUnchanged" });

export const profileSchema = z.object({ name });

/**
 * Deleting the account asks for the password and for a phrase typed out, in the page's
 * language (`phrase`: the catalogue's account.delete.phrase, "delete my account").
 */
export const deleteAccountSchema = (phrase: string) =>
  z.object({
    password: anyPassword,
    confirm: z.literal(phrase, { error: "account.errors.confirmDelete" }),
  });
