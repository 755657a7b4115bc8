import { z } from "zod";
import { normaliseEmail, PASSWORD_MAX, passwordProblems } from "@/lib/auth/rules";

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email({ error: "Enter an email address like name@example.org." }))
  .transform(normaliseEmail);

const anyPassword = z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX, "That password is too long.");

const name = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.");

/** A new password, checked against the strength rules (and the email when we have one). */
function newPassword<T extends z.ZodRawShape>(shape: T, passwordKey = "password") {
  return z.object(shape).superRefine((data, ctx) => {
    const d = data as Record<string, unknown>;
    const password = String(d[passwordKey] ?? "");
    for (const message of passwordProblems(password, { email: typeof d.email === "string" ? d.email : undefined })) {
      ctx.addIssue({ code: "custom", path: [passwordKey], message });
    }
  });
}

export const signUpSchema = newPassword({ name, email, password: z.string().max(PASSWORD_MAX * 4) });
export const signInSchema = z.object({ email, password: anyPassword, next: z.string().max(500).optional() });
export const emailOnlySchema = z.object({ email });
export const tokenSchema = z.object({ token: z.string().min(20).max(200) });

export const resetPasswordSchema = newPassword({ token: z.string().min(20).max(200), password: z.string().max(PASSWORD_MAX * 4), confirmPassword: z.string() })
  .refine((d) => d.password === d.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match." });

export const changePasswordSchema = newPassword({ current: anyPassword, password: z.string().max(PASSWORD_MAX * 4), confirmPassword: z.string() })
  .refine((d) => d.password === d.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match." })
  .refine((d) => d.password !== d.current, { path: ["password"], message: "Choose a password different from your current one." });

export const profileSchema = z.object({ name });

export const deleteAccountSchema = z.object({
  password: anyPassword,
  confirm: z.literal("delete my account", { error: 'Type "delete my account" to confirm.' }),
});
