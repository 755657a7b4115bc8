// The account area's codes read in words: plurals in the languages that have more than two
// forms, the refusals of the sign-in form, the role words staff read, and the emails, whose
// English is the same as before the catalogue.
import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import { signInRefusalMessage } from "@/lib/auth/messages";
import { waitMessage } from "@/lib/message";
import { accountDeletedMessage, alreadyRegisteredMessage, passwordChangedMessage, resetPasswordMessage, verifyEmailMessage } from "@/lib/auth/emails";
import { PASSWORD_MIN } from "@/lib/auth/rules";
import type { Msg } from "@/lib/message";
import { canChangeRole } from "@/lib/users/rules";
import { siteUrl } from "@/lib/site";

async function words(locale: Locale) {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return (m: Msg) => t(m.key, m.values as never);
}

describe("the wait after too many attempts", () => {
  it("counts in Serbian with its three forms", async () => {
    const say = await words("sr-Latn");
    expect(say(waitMessage(1))).toBe("Previše pokušaja. Pokušajte ponovo za 1 sekundu.");
    expect(say(waitMessage(3))).toBe("Previše pokušaja. Pokušajte ponovo za 3 sekunde.");
    expect(say(waitMessage(45))).toBe("Previše pokušaja. Pokušajte ponovo za 45 sekundi.");
    expect(say(waitMessage(21 * 60))).toBe("Previše pokušaja. Pokušajte ponovo za 21 minut.");
    expect(say(waitMessage(125))).toBe("Previše pokušaja. Pokušajte ponovo za 3 minuta.");
  });

  it("counts in European Portuguese and in English", async () => {
    const pt = await words("pt-PT");
    expect(pt(waitMessage(60))).toBe("Demasiadas tentativas. Tente novamente dentro de 1 minuto.");
    expect(pt(waitMessage(14 * 60))).toBe("Demasiadas tentativas. Tente novamente dentro de 14 minutos.");
    const en = await words("en-GB");
    expect(en(waitMessage(1))).toBe("Too many attempts. Try again in 1 second.");
    expect(en(waitMessage(61))).toBe("Too many attempts. Try again in 2 minutes.");
  });
});

describe("the sign-in form's refusals", () => {
  it("say why, in the page's language", async () => {
    const en = await words("en-GB");
    expect(en(signInRefusalMessage("invalid"))).toBe("That email and password do not match an account. Check them and try again.");
    expect(en(signInRefusalMessage(undefined))).toBe("That email and password do not match an account. Check them and try again.");
    expect(en(signInRefusalMessage("rate_limited:600"))).toBe("Too many attempts. Try again in 10 minutes.");
    const de = await words("de");
    expect(de(signInRefusalMessage("unverified"))).toMatch(/^Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse/);
  });
});

describe("words of the account page", () => {
  it("gives the password hint's minimum in Serbian's form for that number", async () => {
    const t = createTranslator({ locale: "sr-Latn", messages: await loadMessages("sr-Latn") });
    expect(t("auth.fields.passwordHint", { min: PASSWORD_MIN })).toMatch(/^Najmanje 10 znakova, /);
    expect(t("auth.fields.passwordHint", { min: 3 })).toMatch(/^Najmanje 3 znaka, /);
  });

  it("dates a membership in the reader's language and script", async () => {
    const since = new Date("2026-03-02T12:00:00Z");
    const line = async (locale: Locale, role = "member") => {
      const t = createTranslator({ locale, messages: await loadMessages(locale) });
      const format = createFormatter({ locale, timeZone: "Europe/Brussels" });
      return t.markup("account.signedInAs", { email: "ada@example.org", role, since: format.dateTime(since, { dateStyle: "long" }), strong: (c) => c });
    };
    expect(await line("en-GB")).toBe("Signed in as ada@example.org, member since 2 March 2026.");
    expect(await line("en-GB", "staff")).toBe("Signed in as ada@example.org (staff), member since 2 March 2026.");
    expect(await line("sr-Latn")).toBe("Prijavljeni ste kao ada@example.org. Datum učlanjenja: 2. mart 2026.");
    expect(await line("pt-PT")).toBe("Sessão iniciada como ada@example.org, membro desde 2 de março de 2026.");
  });

  it("asks for the deletion phrase that the form checks, in every language", async () => {
    for (const locale of LOCALES) {
      const { account } = await loadMessages(locale);
      expect(account.delete.confirm, locale).toContain(account.delete.phrase);
      expect(account.errors.confirmDelete, locale).toContain(account.delete.phrase);
    }
  });

  it("names roles and role refusals for the staff pages", async () => {
    const en = await words("en-GB");
    const refusal = (actor: "member" | "admin", self: boolean, target: "member" | "staff" | "admin", to: "member" | "staff" | "admin") => {
      const decision = canChangeRole({ id: "a", role: actor }, { id: self ? "a" : "b", role: target }, to);
      return decision.allowed ? null : en(decision.reason);
    };
    expect(refusal("member", false, "member", "staff")).toBe("Only administrators can change roles.");
    expect(refusal("admin", true, "admin", "member")).toBe("You cannot change your own role; ask another administrator.");
    expect(refusal("admin", false, "member", "member")).toBe("This person is already a member.");
    expect(refusal("admin", false, "staff", "staff")).toBe("This person is already staff.");
    expect(refusal("admin", false, "admin", "admin")).toBe("This person is already an admin.");
    expect(en({ key: "account.roles.changed", values: { role: "staff" } })).toBe("Role changed to Staff.");
  });
});

describe("the account emails", () => {
  const signature = `\n\n— The European Creative Hubs Network team\n${siteUrl("/")}`;

  it("read in English as they always have", async () => {
    expect(await verifyEmailMessage("ada@example.org", "Ada", "S3CRET", "en-GB")).toEqual({
      to: "ada@example.org",
      subject: "Confirm your email address for ECHN",
      text: `Hello Ada,\n\nThank you for joining the European Creative Hubs Network. To finish creating your account, confirm your email address:\n\n${siteUrl("/verify-email?token=S3CRET")}\n\nThe link works once and expires in 48 hours. If you did not sign up, ignore this email: no account is created until the address is confirmed.${signature}`,
    });
    expect((await alreadyRegisteredMessage("ada@example.org", "Ada", "en-GB")).text).toBe(
      `Hello Ada,\n\nSomeone — perhaps you — tried to create an ECHN account with this email address, but you already have one.\n\nSign in: ${siteUrl("/sign-in")}\nForgot your password? ${siteUrl("/forgot-password")}\n\nIf this was not you, you can ignore this email; your account has not changed.${signature}`,
    );
    expect((await resetPasswordMessage("ada@example.org", "Ada", "S3CRET", "en-GB")).text).toBe(
      `Hello Ada,\n\nWe received a request to reset the password of your ECHN account. Choose a new password here:\n\n${siteUrl("/reset-password?token=S3CRET")}\n\nThe link works once and expires in one hour. If you did not ask for this, ignore this email: your password stays as it is.${signature}`,
    );
    expect((await passwordChangedMessage("ada@example.org", "Ada", "en-GB")).text).toBe(
      `Hello Ada,\n\nThe password of your ECHN account was just changed, and every other device was signed out.\n\nIf this was not you, reset your password now: ${siteUrl("/forgot-password")} and tell us through ${siteUrl("/contact")}.${signature}`,
    );
    expect((await accountDeletedMessage("ada@example.org", "Ada", "en-GB")).text).toBe(
      `Hello Ada,\n\nAs you asked, your ECHN account has been deleted. Your profile and sign-in details are gone; messages you sent us are kept without your name or address.\n\nYou are welcome back any time: ${siteUrl("/sign-up")}${signature}`,
    );
  });

  it("link to the pages in the reader's language", async () => {
    const mail = await resetPasswordMessage("ada@example.org", "Ada", "S3CRET", "sr-Latn");
    expect(mail.subject).toBe("Promenite lozinku za ECHN");
    expect(mail.text).toContain(siteUrl("/sr/reset-password?token=S3CRET"));
    expect(mail.text).toContain("Link radi samo jednom i ističe za sat vremena.");
    expect(mail.text.endsWith(siteUrl("/sr"))).toBe(true);
  });
});
