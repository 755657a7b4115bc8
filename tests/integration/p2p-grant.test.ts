// After selection: the applicant of a selected exchange accepts the grant agreement (the terms
// in their language, the typed name, the time; the report due 14 days after the end), writes
// the report with photos, the host's owners add their note, staff ask for changes or approve it
// (which drafts the P2P story once, linking both hubs) and record the payment. The report's
// reminders go once each, however many runs sweep at once. Nobody else can sign, write or
// decide, and a refused attempt changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { JOBS } from "@/lib/jobs/registry";
import { getOwnP2PApplication } from "@/lib/p2p/applications/queries";
import { nextStep } from "@/lib/p2p/applications/timeline";
import { LOCALES } from "@/i18n/languages";
import { recordPayment, signGrantAgreement } from "@/lib/p2p/grant/commands";
import { applicantEmail, hostSignedEmail, reportToReadEmail, type ApplicantEmail } from "@/lib/p2p/grant/emails";
import { agreementTerms } from "@/lib/p2p/grant/terms";
import { addReportPhoto, saveReport } from "@/lib/p2p/reports/commands";
import { saveHostNote } from "@/lib/p2p/reports/host-note";
import { hostNoteFor, listReportsForStaff } from "@/lib/p2p/reports/queries";
import { sendReportReminders } from "@/lib/p2p/reports/reminders";
import { approveReport, requestReportChanges } from "@/lib/p2p/reports/review";
import type { ReportInput } from "@/lib/p2p/reports/schema";
import { countEmailsTo, createUser, latestEmailTo } from "./helpers";
import { createAcceptedApplication, createReviewRound, dayFrom } from "./p2p-fixtures";

const DAY = 86_400_000;

type User = Awaited<ReturnType<typeof createUser>>;

/** Refused with a UserError carrying this message key and, when given, some of its values. */
async function expectRefusal(promise: Promise<unknown>, key: string, values?: Record<string, unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).text).toMatchObject({ key, ...(values ? { values } : {}) });
}

const expectNotFound = async (promise: Promise<unknown>) => expect(await promise.then(() => null, (e: unknown) => e)).toBeInstanceOf(NotFoundError);

/** A round whose results are out, with one selected exchange starting `startsIn` days from today (five days long). */
async function selected(opts: { startsIn?: number } = {}) {
  const round = await createReviewRound({ status: "results_released", resultsReleasedAt: new Date(Date.now() - DAY) });
  const made = await createAcceptedApplication(round.id, { startsIn: opts.startsIn ?? 40 });
  const application = await db.p2PApplication.update({ where: { id: made.application.id }, data: { status: "selected", selection: "selected", selectionAt: new Date() } });
  return { ...made, round, application };
}

/** Everything a refused command could have changed, and the emails of `people`. */
async function snapshot(applicationId: string, people: readonly { email: string }[] = []) {
  return {
    application: await db.p2PApplication.findUniqueOrThrow({ where: { id: applicationId } }),
    report: await db.p2PReport.findUnique({ where: { applicationId }, include: { photos: true } }),
    audit: await db.auditEvent.count({ where: { targetType: "p2p-application", targetId: applicationId } }),
    story: await db.article.count({ where: { p2pApplicationId: applicationId } }),
    emails: await db.outboxEmail.count({ where: { to: { in: people.map((p) => p.email) } } }),
  };
}

const REPORT: ReportInput = {
  applicationId: "",
  whatHappened: "Five days in the studio: a workshop every morning, the open studio on Thursday.",
  outcomes: "A shared residency format, and three new contacts.",
  nextSteps: "A joint open call next spring.",
  publicSummary: "Two hubs, one residency format.",
  evidence: ["travel_tickets", "receipts"],
  intent: "save",
};

let staff: User;
let stranger: User;

beforeAll(async () => {
  staff = await createUser({ role: "staff" });
  stranger = await createUser();
});

describe("signing the grant agreement", () => {
  it("is refused before the results, and to anyone but the applicant, changing nothing", async () => {
    const s = await selected();
    await db.p2PApplication.update({ where: { id: s.application.id }, data: { status: "host_accepted" } });
    await expectRefusal(signGrantAgreement(s.applicant, s.application.id, { name: "Ana Martins" }), "p2pApply.workflow.cannot", { decision: "sign", status: "host_accepted" });
    await db.p2PApplication.update({ where: { id: s.application.id }, data: { status: "selected" } });
    const before = await snapshot(s.application.id, [s.applicant, s.host.owner]);
    await expectNotFound(signGrantAgreement(stranger.actor, s.application.id, { name: "Ana Martins" }));
    await expectNotFound(signGrantAgreement(s.host.owner, s.application.id, { name: "Ana Martins" }));
    await expectNotFound(signGrantAgreement(null, s.application.id, { name: "Ana Martins" }));
    expect(await snapshot(s.application.id, [s.applicant, s.host.owner])).toEqual(before);
  });

  it("stores the terms as shown, the typed name, the time and the report's due day (end + 14), and tells the applicant and the host", async () => {
    const s = await selected();
    const now = new Date();
    await signGrantAgreement(s.applicant, s.application.id, { name: "Ana Sofia Martins" }, { now, pageLocale: "en-GB" });
    const signed = await db.p2PApplication.findUniqueOrThrow({ where: { id: s.application.id } });
    expect(signed.status).toBe("agreement_signed");
    expect(signed.agreementName).toBe("Ana Sofia Martins");
    expect(signed.agreementSignedAt).toEqual(now);
    expect(signed.reportDueOn).toEqual(new Date(s.application.endsOn.getTime() + 14 * DAY));
    expect(signed.agreementTerms).toContain(`visits ${s.host.hub.name}`);
    expect(signed.agreementTerms).toContain("€1,175");
    expect(signed.agreementTerms).toContain("€500");
    expect(signed.agreementTerms).toContain("within 14 days of its last day");
    expect(signed.agreementTerms).toContain("This site records your acceptance");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: s.application.id, action: "p2p.application.agreement-signed" } });
    expect(audit.actorId).toBe(s.applicant.id);
    expect((await latestEmailTo(s.applicant.email))?.text).toContain(signed.agreementTerms!);
    expect((await latestEmailTo(s.host.owner.email))?.subject).toContain("will go ahead");
    // Signed once: a second time is the workflow's refusal.
    await expectRefusal(signGrantAgreement(s.applicant, s.application.id, { name: "Ana" }), "p2pApply.workflow.cannot", { status: "agreement_signed" });
  });

  it("stores the terms in the language the applicant read them", async () => {
    const s = await selected();
    await signGrantAgreement(s.applicant, s.application.id, { name: "Anna Müller" }, { pageLocale: "de" });
    const signed = await db.p2PApplication.findUniqueOrThrow({ where: { id: s.application.id } });
    expect(signed.agreementTerms).toContain("Zuschussvereinbarung");
  });
});

describe("the report, staff's decisions and the payment", () => {
  it("goes from a draft to sent, back for changes, sent again, approved (one story, both hubs) and paid", async () => {
    const s = await selected({ startsIn: -10 });
    await signGrantAgreement(s.applicant, s.application.id, { name: "Ana Martins" });
    const id = s.application.id;
    const input = { ...REPORT, applicationId: id };

    // A draft may leave answers blank; sending may not.
    await saveReport(s.applicant, id, { ...input, outcomes: "" });
    expect((await db.p2PReport.findUniqueOrThrow({ where: { applicationId: id } })).whatHappened).toBe(input.whatHappened);
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id } })).status).toBe("agreement_signed");
    const error = await saveReport(s.applicant, id, { ...input, outcomes: "" }, { send: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ field: "outcomes", text: { key: "p2pGrant.errors.neededToSend" } });

    // The host's owners write their note; nobody else can.
    const request = await db.p2PHostRequest.findFirstOrThrow({ where: { applicationId: id } });
    await expectNotFound(saveHostNote(stranger.actor, request.id, { hostNote: "Not mine" }));
    expect(await hostNoteFor(stranger.actor, request.id)).toBeNull();
    await saveHostNote(s.host.owner, request.id, { hostNote: "A generous guest; we keep the format." });
    expect((await hostNoteFor(s.host.owner, request.id))?.hostNote).toBe("A generous guest; we keep the format.");

    await saveReport(s.applicant, id, input, { send: true });
    const sent = await db.p2PReport.findUniqueOrThrow({ where: { applicationId: id } });
    expect(sent.submittedAt).not.toBeNull();
    expect(sent.hostNote).toBe("A generous guest; we keep the format.");
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id } })).status).toBe("report_submitted");
    expect((await latestEmailTo(staff.email, s.applicant.name))?.subject).toContain("A P2P report to read");
    const toRead = await listReportsForStaff(staff.actor, { round: s.round.id, state: "toRead" });
    expect(toRead.rows.map((r) => r.id)).toEqual([id]);

    // The host's owners and the applicant cannot take staff's decisions; nothing changes.
    const before = await snapshot(id, [s.applicant, s.host.owner, staff]);
    for (const actor of [s.host.owner, s.applicant, null]) {
      await expectNotFound(requestReportChanges(actor as never, id, { message: "More photos" }));
      await expectNotFound(approveReport(actor as never, id, {}));
      await expectNotFound(recordPayment(actor as never, id, { paidOn: dayFrom(0) }));
    }
    await expectNotFound(listReportsForStaff(s.host.owner as never, { state: "toRead" }));
    expect(await snapshot(id, [s.applicant, s.host.owner, staff])).toEqual(before);

    await expectRefusal(requestReportChanges(staff.actor, id, { message: "  " }), "forms.errors.required");
    await requestReportChanges(staff.actor, id, { message: "Please add what comes next with dates." });
    expect((await db.p2PReport.findUniqueOrThrow({ where: { applicationId: id } })).staffMessage).toBe("Please add what comes next with dates.");
    expect((await latestEmailTo(s.applicant.email))?.text).toContain("Please add what comes next with dates.");
    // Not paid before it is approved.
    await expectRefusal(recordPayment(staff.actor, id, { paidOn: dayFrom(0) }), "p2pApply.workflow.cannot", { status: "report_changes_requested" });

    await saveReport(s.applicant, id, { ...input, nextSteps: "A joint open call in March." }, { send: true });
    const own = await getOwnP2PApplication(s.applicant, id);
    expect(own!.reportEvents.map((e) => [e.code, e.message ?? null])).toEqual([
      ["reportSent", null],
      ["changesAsked", "Please add what comes next with dates."],
      ["reportSent", null],
    ]);
    expect(nextStep(own!, own!.round, new Date()).key).toBe("p2pAccount.next.reportSubmitted");

    const story = await approveReport(staff.actor, id, { message: "Thank you." });
    const approved = await db.p2PReport.findUniqueOrThrow({ where: { applicationId: id } });
    expect(approved.approvedAt).not.toBeNull();
    const article = await db.article.findUniqueOrThrow({ where: { id: story.id }, include: { hubs: true } });
    expect(article.kind).toBe("p2p_story");
    expect(article.p2pApplicationId).toBe(id);
    expect(article.hubs.map((h) => h.hubId).sort()).toEqual([s.visitingHub.id, s.host.hub.id].sort());
    await expectRefusal(approveReport(staff.actor, id, {}), "p2pApply.workflow.cannot", { status: "report_approved" });
    expect(await db.article.count({ where: { p2pApplicationId: id } })).toBe(1);
    // The report is closed now, to the applicant and to the host.
    await expectRefusal(saveReport(s.applicant, id, input), "p2pApply.workflow.cannot", { status: "report_approved" });
    await expectRefusal(saveHostNote(s.host.owner, request.id, { hostNote: "Later" }), "p2pGrant.errors.hostNoteClosed");

    const paidOn = dayFrom(0);
    await recordPayment(staff.actor, id, { paidOn, reference: "TR-2027-0042" });
    const paid = await db.p2PApplication.findUniqueOrThrow({ where: { id } });
    expect(paid).toMatchObject({ status: "paid", paidCents: 117_500, paidAt: paidOn, paymentReference: "TR-2027-0042" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "p2p.application.paid" } });
    expect(audit.data).toMatchObject({ paidCents: 117_500, hostGrantCents: 50_000 });
    const paidEmail = await latestEmailTo(s.applicant.email);
    expect(paidEmail?.subject).toBe("Your P2P grant has been paid");
    // Whole euros, as every other amount on the site and in its emails.
    expect(paidEmail?.text).toContain("€1,175");
    expect(paidEmail?.text).not.toContain("€1,175.00");
    expect(nextStep((await getOwnP2PApplication(s.applicant, id))!, s.round, new Date()).key).toBe("p2pAccount.next.paid");
  });

  it("is refused before the exchange's first day, and to anyone but the applicant", async () => {
    const s = await selected({ startsIn: 30 });
    await signGrantAgreement(s.applicant, s.application.id, { name: "Ana Martins" });
    const input = { ...REPORT, applicationId: s.application.id };
    await expectRefusal(saveReport(s.applicant, s.application.id, input, { send: true }), "p2pGrant.errors.reportTooEarly");
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id: s.application.id } })).status).toBe("agreement_signed");
    const before = await snapshot(s.application.id, [s.applicant, staff]);
    await expectNotFound(saveReport(stranger.actor, s.application.id, input, { send: true, now: dayFrom(40) }));
    await expectNotFound(saveReport(s.host.owner, s.application.id, input));
    await expectNotFound(saveReport(null, s.application.id, input));
    await expectNotFound(addReportPhoto(stranger.actor, s.application.id, { storageKey: "p2p/x.webp", alt: "A photo" }));
    expect(await snapshot(s.application.id, [s.applicant, staff])).toEqual(before);
    // From the first day it goes.
    await saveReport(s.applicant, s.application.id, input, { send: true, now: new Date(s.application.startsOn.getTime() + 12 * 3_600_000) });
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id: s.application.id } })).status).toBe("report_submitted");
  });

  it("keeps at most six photos, even when eight are added at once", async () => {
    const s = await selected({ startsIn: -10 });
    await signGrantAgreement(s.applicant, s.application.id, { name: "Ana Martins" });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => addReportPhoto(s.applicant, s.application.id, { storageKey: `p2p/test-${s.application.id}-${i}.webp`, alt: `Photo ${i}` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(6);
    const photos = await db.p2PReportPhoto.findMany({ where: { report: { applicationId: s.application.id } }, orderBy: { position: "asc" } });
    expect(photos.map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5]);
    await expectRefusal(addReportPhoto(s.applicant, s.application.id, { storageKey: "p2p/one-more.webp", alt: "One more" }), "p2pGrant.errors.tooManyPhotos", { max: 6 });
  });
});

describe("the words", () => {
  it("write the terms and every email in each language, with every value in place", async () => {
    const x = {
      applicationId: "a1", applicantName: "Ana Martins", roundName: "Round 2", visitingHub: { name: "Canal Studios" }, hostHub: { name: "Lisbon Loft" },
      startsOn: new Date("2027-05-03T00:00:00Z"), endsOn: new Date("2027-05-07T00:00:00Z"), reportDueOn: new Date("2027-05-21T00:00:00Z"),
    };
    const person = { name: "Ana Martins", email: "ana@test.invalid" };
    const kinds: ApplicantEmail[] = ["signed", "reportSent", "changesRequested", "approved", "paid", "reportOpen", "reportDueSoon", "reportOverdue"];
    for (const locale of LOCALES) {
      const terms = await agreementTerms({ ...x, grantCents: 117_500, hostGrantCents: 50_000 }, locale);
      const emails = [
        ...(await Promise.all(kinds.map((kind) => applicantEmail(kind, person, x, locale, { message: "Add the dates.", amountCents: 117_500 })))),
        await hostSignedEmail(person, x, locale),
        await reportToReadEmail(person, x, locale),
      ];
      for (const text of [terms, ...emails.flatMap((e) => [e.subject, e.text])]) {
        expect(text, `${locale}: ${text}`).not.toMatch(/p2pGrant\.|\{|\}/);
      }
      expect(terms, locale).toContain("Lisbon Loft");
      expect(emails[4]!.text, locale).toMatch(/1[.,\s\u00a0]?175/);
    }
  });
});

describe("the report's reminders", () => {
  it("runs hourly", () => {
    expect(JOBS["p2p-report-reminders"].every).toBe(60 * 60_000);
  });

  it("sends each reminder once, on its day, even when runs overlap", async () => {
    const s = await selected({ startsIn: -20 });
    await signGrantAgreement(s.applicant, s.application.id, { name: "Ana Martins" });
    const endsOn = s.application.endsOn.getTime();
    const dueOn = endsOn + 14 * DAY;
    const noon = (t: number) => new Date(t + 12 * 3_600_000);
    const reminders = () => db.p2PReminder.findMany({ where: { applicationId: s.application.id }, orderBy: { sentAt: "asc" }, select: { kind: true } });
    const emails = await countEmailsTo(s.applicant.email);

    // The last day of the exchange: nothing yet.
    await sendReportReminders(noon(endsOn));
    expect(await reminders()).toEqual([]);

    await Promise.all([sendReportReminders(noon(endsOn + DAY)), sendReportReminders(noon(endsOn + DAY)), sendReportReminders(noon(endsOn + DAY))]);
    await sendReportReminders(noon(endsOn + 2 * DAY));
    expect((await reminders()).map((r) => r.kind)).toEqual(["report_open"]);
    expect(await countEmailsTo(s.applicant.email)).toBe(emails + 1);

    await Promise.all([sendReportReminders(noon(dueOn - 2 * DAY)), sendReportReminders(noon(dueOn - 2 * DAY))]);
    await sendReportReminders(noon(dueOn));
    expect((await reminders()).map((r) => r.kind)).toEqual(["report_open", "report_due_soon"]);

    await Promise.all([sendReportReminders(noon(dueOn + DAY)), sendReportReminders(noon(dueOn + DAY))]);
    await sendReportReminders(noon(dueOn + 5 * DAY));
    expect((await reminders()).map((r) => r.kind)).toEqual(["report_open", "report_due_soon", "report_overdue"]);
    expect(await countEmailsTo(s.applicant.email)).toBe(emails + 3);
    expect((await latestEmailTo(s.applicant.email))?.subject).toContain("is overdue");
  });

  it("reaches every exchange owing its report, however many already reminded come before it", async () => {
    // An exchange reminded already, earlier in id order than the one to remind (ids grow with time).
    const earlier = await selected({ startsIn: -20 });
    await signGrantAgreement(earlier.applicant, earlier.application.id, { name: "Ana Martins" });
    await db.p2PReminder.create({ data: { applicationId: earlier.application.id, kind: "report_open", sentAt: new Date() } });
    const s = await selected({ startsIn: -20 });
    await signGrantAgreement(s.applicant, s.application.id, { name: "Rui Costa" });
    expect(s.application.id > earlier.application.id).toBe(true);

    // One application read at a time: the earlier ones, reminded already, come first.
    await sendReportReminders(new Date(s.application.endsOn.getTime() + DAY + 12 * 3_600_000), 1);
    expect(await db.p2PReminder.findMany({ where: { applicationId: s.application.id }, select: { kind: true } })).toEqual([{ kind: "report_open" }]);
  });

  it("sends none once the report is sent", async () => {
    const s = await selected({ startsIn: -20 });
    await signGrantAgreement(s.applicant, s.application.id, { name: "Ana Martins" });
    await saveReport(s.applicant, s.application.id, { ...REPORT, applicationId: s.application.id }, { send: true });
    await sendReportReminders(new Date(s.application.endsOn.getTime() + 20 * DAY));
    expect(await db.p2PReminder.count({ where: { applicationId: s.application.id } })).toBe(0);
  });
});
