// Password and account rules: plain functions. They say what is wrong with codes; the forms
// show each code's words in the reader's language (messages/<locale>/auth.json).
import { DEFAULT_LOCALE, localePath, splitLocale, type Locale } from "@/i18n/languages";
import { isLocalisedPath } from "@/lib/public-areas";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128; // bcrypt reads 72 bytes; the cap also keeps hashing cheap

/** How long a sign-in lasts without signing in again (the session cookie's lifetime). */
export const SESSION_DAYS = 30;

// The most used passwords of at least ten characters (public breach lists); a short
// list catches the ones people actually type here.
const COMMON = new Set([
  "1234567890", "0123456789", "1234567890a", "qwertyuiop", "qwerty1234", "password12", "password123",
  "password1234", "passw0rd123", "iloveyou12", "abcdefghij", "abc1234567", "1q2w3e4r5t", "1qaz2wsx3edc",
  "qwerty123456", "letmein123", "welcome123", "admin12345", "changeme123", "football123", "monkey1234",
  "sunshine123", "princess123", "trustno1234", "zaq12wsxcde", "creativehubs1", "creativehub1",
]);

/**
 * What can be wrong with a new password: shorter than PASSWORD_MIN, longer than PASSWORD_MAX,
 * letters only (or none), a common password, the email address in it, one character repeated.
 */
export type PasswordProblem = "tooShort" | "tooLong" | "mix" | "common" | "hasEmail" | "repeated";

/** Everything wrong with a candidate password, in a stable order; empty when it is acceptable. */
export function passwordProblems(password: string, context: { email?: string } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN) problems.push("tooShort");
  if (password.length > PASSWORD_MAX) problems.push("tooLong");
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) problems.push("mix");
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) problems.push("common");
  const local = context.email?.split("@")[0]?.toLowerCase();
  if ((local && local.length >= 4 && lower.includes(local)) || (context.email && lower === context.email.toLowerCase())) {
    problems.push("hasEmail");
  }
  if (/^(.)\1+$/.test(password)) problems.push("repeated");
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

/**
 * Where to go after signing in on the sign-in page in `locale`: `next` when it is a same-site
 * path, else the account page. A page address names its language by its prefix ("/de/map");
 * one without a prefix ("/hubs/x", from a link that did not add it) is read in the sign-in
 * page's language. Staff pages and the API have no language and stay as they are.
 */
export function returnPath(next: string | null | undefined, locale: Locale): string {
  const path = safeRedirectPath(next, "/account");
  const [, pathname = "/", rest = ""] = /^([^?#]*)(.*)$/s.exec(path)!;
  if (!isLocalisedPath(pathname) || splitLocale(pathname).locale !== DEFAULT_LOCALE) return path;
  return localePath(locale, pathname) + rest;
}

/** The sign-in page for a visitor at `here` (a page's address, prefix included): in that page's language, with the way back. */
export function signInPathFor(here: string): string {
  const pathname = here.split(/[?#]/)[0] || "/";
  const locale = isLocalisedPath(pathname) ? splitLocale(pathname).locale : DEFAULT_LOCALE;
  return `${localePath(locale, "/sign-in")}?next=${encodeURIComponent(here)}`;
}
