// The notice after a redirect: a code in the address, never words; each page shows only the
// codes listed for it (lib/notices.ts), in its own language.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/languages";
import { loadMessages, pickMessages } from "@/i18n/messages";
import { ENGLISH_ONLY, type Namespace } from "@/i18n/namespaces";
import { NOTICES, noticeMessage, noticeMessages, withNotice, type NoticePage } from "@/lib/notices";
import { translatorIn } from "@/tests/support/intl";

const PAGES = Object.keys(NOTICES) as NoticePage[];

/** The message at a full key ("home.notices.signedOut") in a catalogue, if it is a message. */
function messageAt(catalogue: unknown, key: string): string | undefined {
  let node = catalogue;
  for (const part of key.split(".")) node = typeof node === "object" && node !== null && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

describe("the notice in the address", () => {
  it("is a code in ?notice=, added to whatever query the address has", () => {
    expect(withNotice("/", "signed-out")).toBe("/?notice=signed-out");
    expect(withNotice("/account/hubs?page=2", "archived")).toBe("/account/hubs?page=2&notice=archived");
    expect(withNotice("/?notice=signed-out", "account-deleted")).toBe("/?notice=account-deleted");
    expect(withNotice("/admin/events/e1/applications?status=pending&n=2", "accepted")).toBe("/admin/events/e1/applications?status=pending&n=2&notice=accepted");
    // The fragment stays last: a notice after it would be part of the fragment, and never shown.
    expect(withNotice("/account/p2p/applications/a1#report", "photo-added")).toBe("/account/p2p/applications/a1?notice=photo-added#report");
    expect(withNotice("/review/r1?x=1#form", "saved")).toBe("/review/r1?x=1&notice=saved#form");
  });

  it("shows only a code its page lists: never words from the address, nor another page's code", () => {
    expect(noticeMessage("home", "signed-out")).toBe("home.notices.signedOut");
    expect(noticeMessage("home", "account-deleted")).toBe("home.notices.accountDeleted");
    expect(noticeMessage("accountHubs", "already-owner")).toBe("hubManagement.ownHubs.notices.alreadyOwner");
    expect(noticeMessage("adminHubs", "manager-approved")).toBe(noticeMessage("adminHub", "manager-approved"));
    expect(noticeMessage("adminHubs", "approved")).toBeNull();
    expect(noticeMessage("account", "signed-out")).toBeNull();
    for (const value of [null, undefined, "", "You have been hacked", "constructor", "__proto__", "toString", ["signed-out"]]) {
      expect(noticeMessage("home", value as never), String(value)).toBeNull();
    }
  });

  it("keeps each page's messages in the page's own namespace: staff pages in the English-only one", () => {
    for (const page of PAGES) {
      const namespaces = new Set(noticeMessages(page).map((key) => key.split(".")[0] as Namespace));
      expect(namespaces.size, page).toBe(1);
      const staffOnly = [...namespaces].every((ns) => (ENGLISH_ONLY as readonly Namespace[]).includes(ns));
      expect(staffOnly, page).toBe(page.startsWith("admin"));
    }
  });

  it("has the message of every code in the English catalogue", () => {
    for (const page of PAGES) {
      for (const [code, key] of Object.entries(NOTICES[page])) {
        const [namespace] = key.split(".");
        const english: unknown = JSON.parse(readFileSync(`messages/en-GB/${namespace}.json`, "utf8"));
        expect(messageAt({ [namespace!]: english }, key), `${page} ${code}: ${key}`).toEqual(expect.any(String));
      }
    }
  });

  it("has its message in every language, and sends the browser only those messages", async () => {
    for (const locale of LOCALES) {
      const messages = await loadMessages(locale);
      for (const page of PAGES) {
        for (const key of noticeMessages(page)) expect(messageAt(messages, key), `${locale} ${key}`).toEqual(expect.any(String));
      }
    }
    expect((await translatorIn("sr-Latn"))(noticeMessage("home", "signed-out")!)).toBe("Odjavili ste se.");
    expect(pickMessages(await loadMessages("de"), noticeMessages("home"))).toEqual({
      home: { notices: { signedOut: "Sie haben sich abgemeldet.", accountDeleted: "Ihr Konto wurde gelöscht. Wir haben Ihnen eine Bestätigung per E-Mail geschickt." } },
    });
  });

  it("says on the staff pages what was done, with the counts the address carries", async () => {
    const t = await translatorIn("en-GB");
    expect(t(noticeMessage("adminEvent", "cancelled")!)).toBe("Cancelled. The event page says so, with your message.");
    expect(t("staff.notices.event.emailed", { count: 1 })).toBe("We emailed 1 applicant.");
    expect(t("staff.notices.event.emailed", { count: 3 })).toBe("We emailed 3 applicants.");
    expect(t(noticeMessage("adminEventApplications", "accepted")!, { count: 1 })).toBe("1 application accepted. We emailed the applicant.");
    expect(t(noticeMessage("adminEventApplications", "waitlisted")!, { count: 2 })).toBe("2 applications wait-listed. We emailed each applicant.");
    expect(t("staff.notices.applications.offered", { count: 1 })).toBe("The freed seat was offered to the waiting list.");
    expect(t("staff.notices.applications.offered", { count: 2 })).toBe("2 freed seats were offered to the waiting list.");
  });
});
