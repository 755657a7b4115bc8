// Password and account rules: plain functions, shown to the user with the same words.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128; // bcrypt reads 72 bytes; the cap also keeps hashing cheap

/** How long a sign-in lasts without signing in again (the session cookie's lifetime). */
export const SESSION_DAYS = 30;

export const PASSWORD_HINT = `At least ${PASSWORD_MIN} characters, with a letter and a number or symbol. Not your email address, and not a common password.`;

// The most used passwords of at least ten characters (public breach lists); a short
// list catches the ones people actually type here.
const COMMON = new Set([
  "1234567890", "0123456789", "1234567890a", "qwertyuiop", "qwerty1234", "password12", "password123",
  "password1234", "passw0rd123", "iloveyou12", "abcdefghij", "abc1234567", "1q2w3e4r5t", "1qaz2wsx3edc",
  "qwerty123456", "letmein123", "welcome123", "admin12345", "changeme123", "football123", "monkey1234",
  "sunshine123", "princess123", "trustno1234", "zaq12wsxcde", "creativehubs1", "creativehub1",
]);

/** Everything wrong with a candidate password; empty when it is acceptable. */
export function passwordProblems(password: string, context: { email?: string; name?: string } = {}): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN) problems.push(`Use at least ${PASSWORD_MIN} characters.`);
  if (password.length > PASSWORD_MAX) problems.push(`Use at most ${PASSWORD_MAX} characters.`);
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) problems.push("Mix letters with at least one number or symbol.");
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) problems.push("This password is too common; choose another.");
  const local = context.email?.split("@")[0]?.toLowerCase();
  if ((local && local.length >= 4 && lower.includes(local)) || (context.email && lower === context.email.toLowerCase())) {
    problems.push("Do not use your email address in your password.");
  }
  if (/^(.)\1+$/.test(password)) problems.push("Do not repeat one character.");
  return problems;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Only same-site paths may be used as the place to go after signing in. */
export function safeRedirectPath(next: string | null | undefined, fallback = "/account"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  // Browsers drop tabs and newlines from URLs: "/\t/evil.example" would lead to //evil.example.
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
  return next;
}
