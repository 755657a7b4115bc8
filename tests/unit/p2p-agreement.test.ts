// The host's answer as plain rules (when a request can be answered; until when another host can
// be asked), and its words: plurals in languages with more forms than English, and the emails
// in their reader's language.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import { answerConfirmationEmail, hostDeclinedEmail, hostLapsedEmail } from "@/lib/p2p/agreement/emails";
import { answerRefusal } from "@/lib/p2p/agreement/rules";
import { openUntil } from "@/lib/p2p/rounds/rules";

const translator = async (locale: Locale) => createTranslator({ locale, messages: await loadMessages(locale) });
const at = (iso: string) => new Date(iso);
const round = (status: "draft" | "published" | "in_review", opensOn: string, closesOn: string) => ({ status, opensOn: at(opensOn), closesOn: at(closesOn), timeZone: "Europe/Brussels" });

describe("answering a request", () => {
  const dueAt = at("2027-04-10T09:00:00Z");
  const open = { application: { round: { status: "published" as const } } };

  it("is open while the request is pending and before its deadline, to the minute", () => {
    expect(answerRefusal({ status: "pending", dueAt, ...open }, at("2027-04-10T08:59:59Z"))).toBeNull();
    expect(answerRefusal({ status: "pending", dueAt, ...open }, dueAt)).toEqual({ key: "p2pHostRequests.errors.pastDue" });
    expect(answerRefusal({ status: "pending", dueAt, ...open }, at("2027-05-01T00:00:00Z"))).toEqual({ key: "p2pHostRequests.errors.pastDue" });
  });

  it("is refused once the round's applications are with the panel, or later", () => {
    for (const status of ["in_review", "results_released", "closed"] as const) {
      expect(answerRefusal({ status: "pending", dueAt, application: { round: { status } } }, at("2027-04-01T00:00:00Z"))).toEqual({ key: "p2pHostRequests.errors.roundInReview" });
    }
  });

  it("is refused once answered, lapsed or withdrawn, naming what became of it", () => {
    for (const status of ["accepted", "declined", "lapsed", "cancelled"] as const) {
      expect(answerRefusal({ status, dueAt, ...open }, at("2027-04-01T00:00:00Z"))).toEqual({ key: "p2pHostRequests.errors.answered", values: { status } });
    }
  });
});

describe("asking another host", () => {
  it("is possible until the last day of the round's window while it is open, in the round's zone", () => {
    const r2 = round("published", "2017-03-27", "2017-04-23");
    expect(openUntil(r2, at("2017-04-01T10:00:00Z"))).toEqual(at("2017-04-23"));
    // 23 April, 23:30 in Brussels is still the last day.
    expect(openUntil(r2, at("2017-04-23T21:30:00Z"))).toEqual(at("2017-04-23"));
    expect(openUntil(r2, at("2017-04-23T22:30:00Z"))).toBeNull();
  });

  it("is not possible once the round is under review, or before it opens", () => {
    expect(openUntil(round("in_review", "2017-03-27", "2017-04-23"), at("2017-04-01T10:00:00Z"))).toBeNull();
    expect(openUntil(round("published", "2017-03-27", "2017-04-23"), at("2017-03-01T10:00:00Z"))).toBeNull();
  });
});

describe("the host's words", () => {
  it("count requests in Serbian with its three forms, and in Spanish and Portuguese with many", async () => {
    const sr = await translator("sr-Latn");
    expect([0, 1, 3, 5, 21].map((count) => sr("p2pHostRequests.list.pending.count", { count }))).toEqual([
      "Nijedan zahtev ne čeka odgovor.", "1 zahtev čeka odgovor.", "3 zahteva čekaju odgovor.", "5 zahteva čeka odgovor.", "21 zahtev čeka odgovor.",
    ]);
    const es = await translator("es");
    expect(es("p2pHostRequests.list.answered.count", { count: 1_000_000 })).toMatch(/^1\.?\s?000\.?\s?000 peticiones\.$/);
    const pt = await translator("pt-PT");
    expect(pt("p2pHostRequests.detail.stay", { dates: "3–7 de junho de 2027", days: 5 })).toBe("3–7 de junho de 2027 (5 dias)");
  });

  it("email a declined applicant in their language, with the host's reason and until when to ask another host", async () => {
    const email = await hostDeclinedEmail(
      { email: "ana@example.org", name: "Ana" },
      { hostName: "Kulturhaus", roundName: "Runde 2", applicationId: "app1", rehostUntil: at("2027-04-23") },
      "Im Juni renovieren wir.",
      "de",
    );
    expect(email.subject).toBe("Kulturhaus kann Sie nicht empfangen");
    expect(email.text).toMatch(/^Hallo Ana,/);
    expect(email.text).toContain("Im Juni renovieren wir.");
    expect(email.text).toContain("bis 23. April 2027");
    expect(email.text).toContain("/de/account/p2p/applications/app1");
  });

  it("tell an applicant whose request lapsed after the window closed that no other host can be asked", async () => {
    const email = await hostLapsedEmail({ email: "a@example.org", name: "Marko" }, { hostName: "Dom", roundName: "Krug 2", applicationId: "app2", rehostUntil: null }, "sr-Latn");
    expect(email.subject).toBe("Dom nije odgovorio na vreme");
    expect(email.text).toContain("više ne možete da se obratite drugom habu domaćinu");
    expect(email.text).toContain("/sr/account/p2p/applications/app2");
  });

  it("confirm to the owner what they answered, with their own words", async () => {
    const email = await answerConfirmationEmail(
      { email: "o@example.org", name: "Eleni" },
      { decision: "accept", hostName: "Κόμβος", roundName: "Round 2", applicantName: "Ana", requestId: "req1", message: "Καλώς ήρθατε." },
      "el",
    );
    expect(email.subject).toBe("Δεχτήκατε το αίτημα: Ana");
    expect(email.text).toContain("Καλώς ήρθατε.");
    expect(email.text).toContain("/el/account/p2p/requests/req1");
  });
});

describe("the host's pages", () => {
  const request = {
    id: "req1",
    status: "pending" as const,
    dueAt: at("2027-04-10T09:00:00Z"),
    message: null,
    answeredAt: null,
    answeredBy: null,
    createdAt: at("2027-03-27T09:00:00Z"),
    hostHub: { name: "Porto Makers", slug: "porto-makers" },
    application: {
      startsOn: at("2027-06-07"), endsOn: at("2027-06-11"), people: 2,
      applicant: { name: "Jan de Vries" }, visitingHub: { name: "Canal Studios", slug: "canal", city: "Utrecht", countryCode: "NL", status: "published" as const },
      round: { name: "Round 2", slug: "round-2", timeZone: "Europe/Brussels", status: "published" as const },
    },
    details: {
      role: "Programme lead", partnerName: "Ana Costa", partnerRole: "Producer",
      aim: "both" as const, plan: ["Meet the team", "", "Open studio"], visitorGains: "How a residency runs.", hostGains: "", sharing: "A talk.", travelMode: "train" as const,
      hostGrantCents: 50_000,
    },
  };

  it("say everything the host needs in every language, with no message missing", async () => {
    const { RequestCard } = await import("@/components/p2p/host-requests/request-card");
    const { RequestAnswer } = await import("@/components/p2p/host-requests/request-answer");
    const { HostGrant, VisitFacts, VisitPlan } = await import("@/components/p2p/host-requests/request-details");
    const { renderIn, textOf } = await import("@/tests/support/intl");
    const { createElement, Fragment } = await import("react");
    const now = at("2027-04-01T00:00:00Z");
    for (const locale of ["en-GB", "el", "pt-PT", "de", "es", "sr-Latn"] as const) {
      const text = textOf(
        await renderIn(
          locale,
          createElement(
            Fragment,
            null,
            createElement(RequestCard, { request, now }),
            createElement(RequestAnswer, { request, open: true }),
            createElement(VisitFacts, { application: request.application, details: request.details }),
            createElement(VisitPlan, { details: request.details }),
            createElement(HostGrant, { details: request.details, roundName: request.application.round.name, hostName: request.hostHub.name }),
          ),
        ),
      );
      expect(text, locale).not.toMatch(/p2pHostRequests\./);
      for (const words of ["Jan de Vries", "Ana Costa", "Canal Studios", "Meet the team", "Open studio", "Round 2"]) expect(text, `${locale}: ${words}`).toContain(words);
      expect(text, locale).toMatch(/500/);
      if (locale === "en-GB") {
        expect(text).toContain("Answer by 10 April 2027 at 11:00 CEST.");
        expect(text).toMatch(/7\s?–\s?11 June 2027 \(5 days\)/);
        expect(text).toContain("By train (green travel)");
        expect(text).toContain("Day 2: Not given. Day 3: Open studio");
        expect(text).toContain("gives Porto Makers €500 toward");
        expect(text).toContain("What your hub gains Not given.");
      }
    }
  });

  it("without the details (a request the host is no longer party to) say only who, from where, when and how many", async () => {
    const { VisitFacts } = await import("@/components/p2p/host-requests/request-details");
    const { renderIn, textOf } = await import("@/tests/support/intl");
    const { createElement } = await import("react");
    const text = textOf(await renderIn("en-GB", createElement(VisitFacts, { application: request.application, details: null })));
    expect(text).toContain("Jan de Vries");
    expect(text).toContain("Canal Studios");
    for (const hidden of ["Programme lead", "Ana Costa", "train"]) expect(text).not.toContain(hidden);
  });

  it("ask the owner to choose an answer first, then say what the chosen one does, in every language", async () => {
    const { AnswerChoiceSection, answerChoice } = await import("@/components/p2p/host-requests/answer-choice");
    const { renderIn, textOf, translatorIn } = await import("@/tests/support/intl");
    const { createElement } = await import("react");
    expect([answerChoice("accept"), answerChoice("decline"), answerChoice("yes"), answerChoice(undefined)]).toEqual(["accept", "decline", null, null]);
    const values = { applicant: "Jan de Vries", hub: "Porto Makers", round: "Round 2" };
    for (const locale of ["en-GB", "el", "pt-PT", "de", "es", "sr-Latn"] as const) {
      const html = await renderIn(locale, createElement(AnswerChoiceSection, { requestId: "req1", ...values, choice: null }));
      expect(textOf(html), locale).not.toMatch(/p2pHostRequests\./);
      expect(html, locale).toContain("/account/p2p/requests/req1?answer=accept#answer");
      expect(html, locale).toContain("/account/p2p/requests/req1?answer=decline#answer");
      const t = await translatorIn(locale);
      for (const key of ["acceptQuestion", "acceptWhat", "declineQuestion", "declineWhat"] as const) expect(t(`p2pHostRequests.detail.${key}`, values), `${locale}: ${key}`).toContain("Jan de Vries");
    }
  });
});

describe("/account/p2p's links for the person's hubs", () => {
  it("say how many requests wait for the person's answer, beside the link to them, in every language", async () => {
    const { SchemeLinks } = await import("@/components/p2p/account/scheme-links");
    const { renderIn, textOf } = await import("@/tests/support/intl");
    const { createElement } = await import("react");
    for (const locale of ["en-GB", "el", "pt-PT", "de", "es", "sr-Latn"] as const) {
      for (const count of [0, 1, 3]) {
        const html = await renderIn(locale, createElement(SchemeLinks, { waitingRequests: count }));
        expect(html, locale).toContain("/account/p2p/requests");
        expect(textOf(html), locale).not.toMatch(/p2pAccount\./);
      }
    }
    expect(textOf(await renderIn("en-GB", createElement(SchemeLinks, { waitingRequests: 3 })))).toContain("3 requests are waiting for your answer.");
    expect(textOf(await renderIn("en-GB", createElement(SchemeLinks, { waitingRequests: 0 })))).toContain("No request is waiting for your answer.");
  });
});
