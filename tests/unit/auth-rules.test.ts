// The account rules and form schemas. The rules return codes; the schemas return catalogue
// keys, read here in English: the exact sentences a person sees beside a field.
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { loadMessages } from "@/i18n/messages";
import { issueMessage } from "@/lib/forms";
import { normaliseEmail, PASSWORD_MAX, PASSWORD_MIN, passwordProblems, returnPath, safeRedirectPath, signInPathFor } from "@/lib/auth/rules";
import {
  changePasswordSchema,
  deleteAccountSchema,
  emailOnlySchema,
  profileSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  tokenSchema,
} from "@/lib/auth/schema";

// What passwordProblems returns (codes)…
const TOO_SHORT = "tooShort";
const TOO_LONG = "tooLong";
const MIX = "mix";
const COMMON = "common";
const EMAIL_IN_PASSWORD = "hasEmail";
const REPEATED = "repeated";

// …and what the forms say for each.
const SAYS = {
  tooShort: "Use at least 10 characters.",
  tooLong: "Use at most 128 characters.",
  mix: "Mix letters with at least one number or symbol.",
  common: "This password is too common; choose another.",
  hasEmail: "Do not use your email address in your password.",
  repeated: "Do not repeat one character.",
  nameMissing: "Enter your name.",
  emailMissing: "Enter your email address.",
  emailInvalid: "Enter an email address like name@example.org.",
  passwordMissing: "Enter your password.",
  passwordsDiffer: "The two passwords do not match.",
};

let english: (message: ReturnType<typeof issueMessage>) => string;
beforeAll(async () => {
  const t = createTranslator({ locale: "en-GB", messages: await loadMessages("en-GB") });
  english = (message) => (typeof message === "string" ? message : t(message.key, message.values as never));
});

/** Field errors keyed by field, in English, as lib/forms.ts gives them to the fields. */
function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[String(issue.path[0] ?? "")] ??= []).push(english(issueMessage(issue)));
  return errors;
}

describe("passwordProblems", () => {
  it.each([
    "Analytical-1843",
    "correct horse battery staple 9",
    "ÅngströmÉtoile7", // letters of any script count as letters
    "пароль-надёжный1",
    "a1" + "b".repeat(PASSWORD_MAX - 2), // exactly the maximum
    "abcdefghi1", // exactly the minimum
    "letters and spaces", // a space is a non-letter
  ])("accepts %j", (password) => {
    expect(passwordProblems(password)).toEqual([]);
  });

  it("has the limits the hint under the field states", () => {
    expect(PASSWORD_MIN).toBe(10);
    expect(PASSWORD_MAX).toBe(128);
  });

  it.each([
    ["", [TOO_SHORT, MIX]],
    ["abc12", [TOO_SHORT]],
    ["abcdefgh1", [TOO_SHORT]], // one short of the minimum
    ["a1" + "b".repeat(PASSWORD_MAX - 1), [TOO_LONG]],
    ["onlylettershere", [MIX]],
    ["ÅngströmÉtoile", [MIX]],
    ["12345678901234", [MIX]],
    ["!!!!----????", [MIX]],
    ["aaaaaaaaaaaa", [MIX, REPEATED]],
    ["111111111111", [MIX, REPEATED]],
  ])("%j → %j", (password, problems) => {
    expect(passwordProblems(password)).toEqual(problems);
  });

  it.each(["password123", "PASSWORD123", "Password1234", "1q2w3e4r5t", "creativehubs1", "qwerty123456"])(
    "refuses the common password %j, whatever its case",
    (password) => {
      expect(passwordProblems(password)).toContain(COMMON);
    },
  );

  it("refuses a password containing the local part of the email address, whatever its case", () => {
    const email = "Ada.Lovelace@example.org";
    expect(passwordProblems("my-ADA.LOVELACE-pw", { email })).toEqual([EMAIL_IN_PASSWORD]);
    expect(passwordProblems("ada.lovelace@example.org", { email })).toEqual([EMAIL_IN_PASSWORD]);
    expect(passwordProblems("Analytical-1843", { email })).toEqual([]);
  });

  it("ignores a local part of fewer than four characters unless the password is the whole address", () => {
    expect(passwordProblems("bob-the-builder-1", { email: "bob@example.org" })).toEqual([]);
    expect(passwordProblems("bob@example.org", { email: "bob@example.org" })).toEqual([EMAIL_IN_PASSWORD]);
    expect(passwordProblems("adam-the-builder-1", { email: "adam@example.org" })).toEqual([EMAIL_IN_PASSWORD]);
  });

  it("has no email rule when no email is known", () => {
    expect(passwordProblems("ada.lovelace-99", {})).toEqual([]);
    expect(passwordProblems("ada.lovelace-99")).toEqual([]);
  });

  it("reports every problem at once, in a stable order", () => {
    expect(passwordProblems("x".repeat(PASSWORD_MAX + 1), { email: "xxxx@example.org" })).toEqual([TOO_LONG, MIX, EMAIL_IN_PASSWORD, REPEATED]);
  });
});

describe("normaliseEmail", () => {
  it.each([
    ["ada@example.org", "ada@example.org"],
    ["  Ada@Example.ORG \n", "ada@example.org"],
    ["\tADA.LOVELACE+echn@EXAMPLE.org", "ada.lovelace+echn@example.org"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });
});

describe("safeRedirectPath", () => {
  it.each(["/", "/account", "/hubs/berlin?tab=events#map", "/search?q=//not-a-host", "/a/b/../c", "/%2F%2Fencoded-stays-a-path"])(
    "keeps the same-site path %j",
    (path) => {
      expect(safeRedirectPath(path)).toBe(path);
    },
  );

  it.each([
    [null],
    [undefined],
    [""],
    ["account"], // relative
    ["https://evil.example/"],
    ["http:/evil.example"],
    ["javascript:alert(1)"],
    ["//evil.example"], // protocol-relative: another host
    ["///evil.example"],
    ["/\\evil.example"], // browsers read "\" as "/"
    ["\\\\evil.example"],
    // Browsers drop tabs and newlines from URLs, so these become //evil.example.
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["\t//evil.example"],
  ])("refuses %j and falls back to /account", (next) => {
    expect(safeRedirectPath(next)).toBe("/account");
  });

  it("uses the given fallback", () => {
    expect(safeRedirectPath("//evil.example", "/")).toBe("/");
    expect(safeRedirectPath(undefined, "/admin")).toBe("/admin");
  });

  it("never produces a redirect that leaves the site", () => {
    const candidates = ["/", "//", "/\\", "/\t/", "/\n/", "\\/", "/%09/", "/ /", "/./", "/../"].flatMap((p) => [p + "evil.example", p + "evil.example/x"]);
    for (const next of candidates) {
      expect(new URL(safeRedirectPath(next), "https://echn.example").host, next).toBe("echn.example");
    }
  });
});

describe("returnPath", () => {
  it("keeps the language a page address names by its prefix", () => {
    expect(returnPath("/de/hubs/berlin?tab=events", "en-GB")).toBe("/de/hubs/berlin?tab=events");
    expect(returnPath("/el", "de")).toBe("/el");
    expect(returnPath("/sr/account/hubs", "sr-Latn")).toBe("/sr/account/hubs");
  });

  it("reads an address without a prefix in the sign-in page's language", () => {
    expect(returnPath("/hubs/berlin#standing", "de")).toBe("/de/hubs/berlin#standing");
    expect(returnPath("/account/hubs?notice=joined", "pt-PT")).toBe("/pt/account/hubs?notice=joined");
    expect(returnPath("/", "es")).toBe("/es");
    expect(returnPath("/hubs/berlin", "en-GB")).toBe("/hubs/berlin");
  });

  it("leaves staff pages and the API as they are: they have no language", () => {
    expect(returnPath("/admin/hubs", "de")).toBe("/admin/hubs");
    expect(returnPath("/api/session", "el")).toBe("/api/session");
  });

  it("falls back to the account page in the sign-in page's language, and never leaves the site", () => {
    expect(returnPath(undefined, "en-GB")).toBe("/account");
    expect(returnPath(undefined, "el")).toBe("/el/account");
    expect(returnPath("//evil.example", "de")).toBe("/de/account");
    expect(returnPath("https://evil.example/", "es")).toBe("/es/account");
    expect(returnPath("/\t/evil.example", "de")).toBe("/de/account");
  });
});

describe("signInPathFor", () => {
  it("opens the sign-in page in the language of the page asked for, with the way back to it", () => {
    expect(signInPathFor("/account")).toBe("/sign-in?next=%2Faccount");
    expect(signInPathFor("/de/account/hubs?x=1")).toBe("/de/sign-in?next=%2Fde%2Faccount%2Fhubs%3Fx%3D1");
    expect(signInPathFor("/sr/events/forum/apply")).toBe("/sr/sign-in?next=%2Fsr%2Fevents%2Fforum%2Fapply");
    expect(signInPathFor("/pt")).toBe("/pt/sign-in?next=%2Fpt");
  });

  it("opens it in English for staff pages", () => {
    expect(signInPathFor("/admin/users")).toBe("/sign-in?next=%2Fadmin%2Fusers");
  });
});

describe("signUpSchema", () => {
  const valid = { name: "Ada Lovelace", email: "ada@example.org", password: "Analytical-1843" };

  it("accepts a valid sign-up, trimming the name and normalising the email", () => {
    expect(signUpSchema.parse({ name: "  Ada Lovelace ", email: " Ada@Example.ORG ", password: "Analytical-1843" })).toEqual(valid);
  });

  it("keeps the password exactly as typed", () => {
    expect(signUpSchema.parse({ ...valid, password: "  spaces count 1 " }).password).toBe("  spaces count 1 ");
  });

  it("asks for every empty field", () => {
    expect(fieldErrors(signUpSchema, { name: " ", email: " ", password: "" })).toEqual({
      name: [SAYS.nameMissing],
      email: [SAYS.emailMissing],
      password: [SAYS.tooShort, SAYS.mix],
    });
  });

  it("asks for the name and email when they are missing altogether", () => {
    const errors = fieldErrors(signUpSchema, { password: valid.password });
    expect(errors).toEqual({ name: [SAYS.nameMissing], email: [SAYS.emailMissing] });
  });

  it("shows one error per field, beside that field only", () => {
    expect(fieldErrors(signUpSchema, { ...valid, email: "ada@" })).toEqual({ email: [SAYS.emailInvalid] });
    expect(fieldErrors(signUpSchema, { ...valid, name: "x".repeat(101) })).toEqual({ name: ["Use at most 100 characters."] });
    expect(fieldErrors(signUpSchema, { ...valid, email: `${"a".repeat(250)}@example.org` })).toEqual({
      email: ["An email address has at most 254 characters."],
    });
    expect(fieldErrors(signUpSchema, { ...valid, password: "short" })).toEqual({ password: [SAYS.tooShort, SAYS.mix] });
  });

  it("accepts the longest allowed name and address", () => {
    const email = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(57)}.org`;
    expect(email).toHaveLength(254);
    expect(signUpSchema.safeParse({ ...valid, name: "x".repeat(100), email }).success).toBe(true);
  });

  it("checks the password against the normalised email", () => {
    expect(fieldErrors(signUpSchema, { ...valid, email: " Lovelace@Example.org", password: "LOVELACE-1815" })).toEqual({
      password: [SAYS.hasEmail],
    });
  });

  it("refuses a common password", () => {
    expect(fieldErrors(signUpSchema, { ...valid, password: "Password123" })).toEqual({ password: [SAYS.common] });
  });
});

describe("signInSchema", () => {
  it("accepts any non-empty password (strength rules apply when choosing one, not when signing in)", () => {
    expect(signInSchema.parse({ email: " Ada@Example.org", password: "x" })).toEqual({ email: "ada@example.org", password: "x" });
  });

  it("keeps an optional `next`", () => {
    expect(signInSchema.parse({ email: "a@example.org", password: "x", next: "/hubs" }).next).toBe("/hubs");
    expect(fieldErrors(signInSchema, { email: "a@example.org", password: "x", next: "/" + "a".repeat(500) })).toHaveProperty("next");
  });

  it("asks for the email and the password", () => {
    expect(fieldErrors(signInSchema, { email: "", password: "" })).toEqual({
      email: [SAYS.emailMissing],
      password: [SAYS.passwordMissing],
    });
    expect(fieldErrors(signInSchema, {})).toEqual({ email: [SAYS.emailMissing], password: [SAYS.passwordMissing] });
  });

  it("refuses an over-long password before it reaches bcrypt", () => {
    expect(fieldErrors(signInSchema, { email: "a@example.org", password: "x".repeat(PASSWORD_MAX + 1) })).toEqual({
      password: ["That password is too long."],
    });
  });
});

describe("emailOnlySchema and tokenSchema", () => {
  it("normalise and check an email on its own", () => {
    expect(emailOnlySchema.parse({ email: " A@B.org " })).toEqual({ email: "a@b.org" });
    expect(fieldErrors(emailOnlySchema, { email: "not an email" })).toEqual({ email: [SAYS.emailInvalid] });
  });

  it("accept tokens of 20 to 200 characters only", () => {
    expect(tokenSchema.safeParse({ token: "t".repeat(20) }).success).toBe(true);
    expect(tokenSchema.safeParse({ token: "t".repeat(200) }).success).toBe(true);
    expect(tokenSchema.safeParse({ token: "t".repeat(19) }).success).toBe(false);
    expect(tokenSchema.safeParse({ token: "t".repeat(201) }).success).toBe(false);
  });
});

describe("resetPasswordSchema", () => {
  const token = "t".repeat(43);

  it("accepts a strong password typed twice", () => {
    expect(resetPasswordSchema.parse({ token, password: "Analytical-1843", confirmPassword: "Analytical-1843" })).toEqual({
      token,
      password: "Analytical-1843",
      confirmPassword: "Analytical-1843",
    });
  });

  it("says when the two passwords differ, beside the repeat field", () => {
    expect(fieldErrors(resetPasswordSchema, { token, password: "Analytical-1843", confirmPassword: "Analytical-1844" })).toEqual({
      confirmPassword: [SAYS.passwordsDiffer],
    });
  });

  it("applies the strength rules to the new password", () => {
    expect(fieldErrors(resetPasswordSchema, { token, password: "password123", confirmPassword: "password123" })).toEqual({ password: [SAYS.common] });
  });

  it("refuses a malformed token", () => {
    expect(fieldErrors(resetPasswordSchema, { token: "short", password: "Analytical-1843", confirmPassword: "Analytical-1843" })).toHaveProperty("token");
  });
});

describe("changePasswordSchema", () => {
  it("accepts a new strong password typed twice", () => {
    expect(changePasswordSchema.safeParse({ current: "old", password: "Analytical-1843", confirmPassword: "Analytical-1843" }).success).toBe(true);
  });

  it("asks for the current password", () => {
    expect(fieldErrors(changePasswordSchema, { current: "", password: "Analytical-1843", confirmPassword: "Analytical-1843" })).toEqual({
      current: [SAYS.passwordMissing],
    });
  });

  it("refuses the current password as the new one", () => {
    expect(fieldErrors(changePasswordSchema, { current: "Analytical-1843", password: "Analytical-1843", confirmPassword: "Analytical-1843" })).toEqual({
      password: ["Choose a password different from your current one."],
    });
  });

  it("says when the two new passwords differ", () => {
    expect(fieldErrors(changePasswordSchema, { current: "old", password: "Analytical-1843", confirmPassword: "analytical-1843" })).toEqual({
      confirmPassword: [SAYS.passwordsDiffer],
    });
  });

  it("applies the strength rules to the new password", () => {
    expect(fieldErrors(changePasswordSchema, { current: "old", password: "weak1", confirmPassword: "weak1" })).toEqual({ password: [SAYS.tooShort] });
  });
});

describe("profileSchema and deleteAccountSchema", () => {
  it("trim and check the name", () => {
    expect(profileSchema.parse({ name: "  Ada " })).toEqual({ name: "Ada" });
    expect(fieldErrors(profileSchema, { name: "   " })).toEqual({ name: [SAYS.nameMissing] });
  });

  it("need the password and the exact confirmation phrase of the page's language to delete an account", () => {
    const english = deleteAccountSchema("delete my account");
    expect(english.safeParse({ password: "x", confirm: "delete my account" }).success).toBe(true);
    expect(fieldErrors(english, { password: "", confirm: "Delete my account" })).toEqual({
      password: [SAYS.passwordMissing],
      confirm: ['Type "delete my account" to confirm.'],
    });
    const german = deleteAccountSchema("mein Konto löschen");
    expect(german.safeParse({ password: "x", confirm: "mein Konto löschen" }).success).toBe(true);
    expect(german.safeParse({ password: "x", confirm: "delete my account" }).success).toBe(false);
  });
});
