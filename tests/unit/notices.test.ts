// The notice after a redirect: a code in the address, never words; each page shows only the
// codes listed for it (lib/notices.ts), in its own language.
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/languages";
import { loadMessages, pickMessages } from "@/i18n/messages";
import { NOTICES, noticeMessage, noticeMessages, withNotice, type NoticePage } from "@/lib/notices";
import { translatorIn } from "@/tests/support/intl";

describe("the notice in the address", () => {
  it("is a code in ?notice=, added to whatever query the address has", () => {
    expect(withNotice("/", "signed-out")).toBe("/?notice=signed-out");
    expect(withNotice("/account/hubs?page=2", "account-deleted")).toBe("/account/hubs?page=2&notice=account-deleted");
    expect(withNotice("/?notice=signed-out", "account-deleted")).toBe("/?notice=account-deleted");
  });

  it("shows only a code its page lists: never words from the address, nor another page's code", () => {
    expect(noticeMessage("home", "signed-out")).toBe("home.notices.signedOut");
    expect(noticeMessage("home", "account-deleted")).toBe("home.notices.accountDeleted");
    for (const value of [null, undefined, "", "You have been hacked", "constructor", "__proto__", "toString", ["signed-out"]]) {
      expect(noticeMessage("home", value as never), String(value)).toBeNull();
    }
  });

  it("has its message in every language, and sends the browser only those messages", async () => {
    for (const locale of LOCALES) {
      const t = await translatorIn(locale);
      for (const page of Object.keys(NOTICES) as NoticePage[]) {
        for (const key of noticeMessages(page)) expect(t(key), `${locale} ${key}`).not.toBe(key);
      }
    }
    expect((await translatorIn("sr-Latn"))(noticeMessage("home", "signed-out")!)).toBe("Odjavili ste se.");
    expect(pickMessages(await loadMessages("de"), noticeMessages("home"))).toEqual({
      home: { notices: { signedOut: "Sie haben sich abgemeldet.", accountDeleted: "Ihr Konto wurde gelöscht. Wir haben Ihnen eine Bestätigung per E-Mail geschickt." } },
    });
  });
});
