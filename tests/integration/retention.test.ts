// The retention job deletes (or clears) exactly what is past its period in
// lib/retention/periods.ts and keeps the rest, and two instances may run it at once.
// It deletes by age across whole tables, so it runs on a database of its own: the other
// test files share theirs and some of their rows are old on purpose.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { purge, purgeExpiredData } from "@/lib/retention/commands";
import { cutoff, RETENTION, type RetentionKind } from "@/lib/retention/periods";
import { createPublishedHub, createUser, uniqueEmail } from "./helpers";
import { onScratchDatabase } from "./scratch-database";

onScratchDatabase("echn_retention");

const MINUTE = 60_000;
const DAY = 86_400_000;
const now = new Date();
const suffix = () => randomBytes(5).toString("hex");
/** A moment just past the kind's period (to go) and one just inside it (to stay). */
const past = (kind: RetentionKind) => new Date(cutoff(now, RETENTION[kind].period).getTime() - MINUTE);
const inside = (kind: RetentionKind) => new Date(cutoff(now, RETENTION[kind].period).getTime() + MINUTE);

/**
 * An event's data is past its period once the event's last day has ended (midnight after it,
 * UTC) that long ago: the day before the cutoff's date has, the cutoff's own date has not.
 */
const lastDays = (kind: RetentionKind) => {
  const c = cutoff(now, RETENTION[kind].period);
  const cutoffDay = new Date(Date.UTC(c.getUTCFullYear(), c.getUTCMonth(), c.getUTCDate()));
  return { past: new Date(cutoffDay.getTime() - DAY), inside: cutoffDay };
};

async function createEvent(endsOn: Date) {
  return db.event.create({
    data: {
      slug: `retention-${suffix()}`, kind: "workshop", title: "A workshop", summary: "Talks.", startsOn: endsOn, endsOn,
      timeZone: "Europe/Berlin", city: "Berlin", countryCode: "DE", participation: "application", status: "published",
    },
    select: { id: true },
  });
}

async function apply(eventId: string, status: "accepted" | "withdrawn" | "declined" | "lapsed" | "pending", needs: string | null = null) {
  const user = await createUser();
  return db.eventApplication.create({ data: { eventId, userId: user.id, status, role: "Manager", bring: "Ideas.", takeAway: "Contacts.", needs }, select: { id: true } });
}

const exists = async (found: Promise<unknown>) => (await found) !== null;

describe("the retention job", () => {
  it("deletes confirmation and reset links once they expire", async () => {
    const old = await db.verificationToken.create({ data: { identifier: `verify-email:${suffix()}`, token: suffix(), expires: past("verificationTokens") } });
    const live = await db.verificationToken.create({ data: { identifier: `reset-password:${suffix()}`, token: suffix(), expires: inside("verificationTokens") } });
    expect(await purge.verificationTokens(now)).toBe(1);
    expect(await exists(db.verificationToken.findUnique({ where: { token: old.token } }))).toBe(false);
    expect(await exists(db.verificationToken.findUnique({ where: { token: live.token } }))).toBe(true);
  });

  it("deletes the record of a signed-in browser once its session has expired", async () => {
    const user = await createUser();
    const old = await db.userSession.create({ data: { userId: user.id, expiresAt: past("userSessions") } });
    const live = await db.userSession.create({ data: { userId: user.id, expiresAt: inside("userSessions") } });
    expect(await purge.userSessions(now)).toBe(1);
    expect(await exists(db.userSession.findUnique({ where: { id: old.id } }))).toBe(false);
    expect(await exists(db.userSession.findUnique({ where: { id: live.id } }))).toBe(true);
  });

  it("deletes co-owner invitations a month after they expire, accepted or not", async () => {
    const hub = await createPublishedHub();
    const invite = (expires: Date, acceptedAt: Date | null = null) =>
      db.hubInvite.create({ data: { hubId: hub.id, email: uniqueEmail(), tokenHash: suffix(), expires, acceptedAt }, select: { id: true } });
    await invite(past("hubInvites"));
    await invite(past("hubInvites"), new Date(now.getTime() - 60 * DAY));
    const recent = await invite(inside("hubInvites"));
    expect(await purge.hubInvites(now)).toBe(2);
    expect(await db.hubInvite.findMany({ where: { hubId: hub.id }, select: { id: true } })).toEqual([recent]);
  });

  it("deletes rate-limit counters a day after their window started", async () => {
    await db.rateLimitBucket.createMany({
      data: [
        { key: `sign-in:ip:old-${suffix()}`, windowStart: past("rateLimitCounters"), count: 3 },
        { key: `sign-in:ip:recent-${suffix()}`, windowStart: inside("rateLimitCounters"), count: 3 },
      ],
    });
    expect(await purge.rateLimitCounters(now)).toBe(1);
    expect((await db.rateLimitBucket.findMany({ select: { key: true } })).map((b) => b.key)).toEqual([expect.stringContaining(":recent-")]);
  });

  it("deletes emails 30 days after they were written, sent or not", async () => {
    const to = uniqueEmail();
    await db.outboxEmail.createMany({
      data: [
        { to, subject: "old, sent", text: "…", status: "sent", createdAt: past("outboxEmails") },
        { to, subject: "old, failed", text: "…", status: "failed", createdAt: past("outboxEmails") },
        { to, subject: "recent", text: "…", status: "sent", createdAt: inside("outboxEmails") },
      ],
    });
    expect(await purge.outboxEmails(now)).toBe(2);
    expect((await db.outboxEmail.findMany({ where: { to }, select: { subject: true } })).map((e) => e.subject)).toEqual(["recent"]);
  });

  it("deletes messages relayed to hubs after 90 days", async () => {
    const hub = await createPublishedHub();
    const message = (createdAt: Date, text: string) => ({ hubId: hub.id, name: "Ana", email: uniqueEmail(), message: text, createdAt });
    await db.hubMessage.createMany({ data: [message(past("hubMessages"), "old"), message(inside("hubMessages"), "recent")] });
    expect(await purge.hubMessages(now)).toBe(1);
    expect((await db.hubMessage.findMany({ where: { hubId: hub.id }, select: { message: true } })).map((m) => m.message)).toEqual(["recent"]);
  });

  it("deletes contact-form messages after 12 months, handled or not", async () => {
    const message = (createdAt: Date, topic: string) => ({ name: "Ana", email: uniqueEmail(), topic, message: "Hello there", createdAt });
    const tag = suffix();
    await db.contactMessage.createMany({ data: [message(past("contactMessages"), `old-${tag}`), message(inside("contactMessages"), `recent-${tag}`)] });
    expect(await purge.contactMessages(now)).toBe(1);
    expect((await db.contactMessage.findMany({ where: { topic: { endsWith: tag } }, select: { topic: true } })).map((m) => m.topic)).toEqual([`recent-${tag}`]);
  });

  it("deletes requests to manage a hub 12 months after the decision, and never a pending one", async () => {
    const hub = await createPublishedHub();
    const request = async (status: "pending" | "approved" | "declined", decidedAt: Date | null, createdAt = decidedAt ?? past("hubManagementRequests")) =>
      db.hubManagementRequest.create({ data: { hubId: hub.id, userId: (await createUser()).id, message: "It is mine.", status, decidedAt, createdAt }, select: { id: true } });
    await request("declined", past("hubManagementRequests"));
    await request("approved", past("hubManagementRequests"));
    const recent = await request("declined", inside("hubManagementRequests"));
    const waiting = await request("pending", null);
    expect(await purge.hubManagementRequests(now)).toBe(2);
    const left = await db.hubManagementRequest.findMany({ where: { hubId: hub.id }, select: { id: true } });
    expect(left.map((r) => r.id).sort()).toEqual([recent.id, waiting.id].sort());
  });

  it("deletes hub drafts not saved for 12 months", async () => {
    const owner = await createUser();
    await db.hubDraft.create({ data: { ownerId: owner.id, name: "old", values: {}, updatedAt: past("hubDrafts") } });
    await db.hubDraft.create({ data: { ownerId: owner.id, name: "recent", values: {}, updatedAt: inside("hubDrafts") } });
    expect(await purge.hubDrafts(now)).toBe(1);
    expect((await db.hubDraft.findMany({ where: { ownerId: owner.id }, select: { name: true } })).map((d) => d.name)).toEqual(["recent"]);
  });

  it("deletes accounts never confirmed after 30 days, unless a confirmation link sent to them still works", async () => {
    const account = async (createdAt: Date, verified: boolean) => {
      const user = await createUser({ verified });
      await db.user.update({ where: { id: user.id }, data: { createdAt } });
      return user.id;
    };
    const abandoned = await account(past("unconfirmedAccounts"), false);
    const justAskedAgain = await account(past("unconfirmedAccounts"), false);
    await db.verificationToken.create({ data: { identifier: `verify-email:${justAskedAgain}`, token: suffix(), expires: new Date(now.getTime() + DAY) } });
    // Resetting a password confirms the address: the reset link must still find its account.
    const resetting = await account(past("unconfirmedAccounts"), false);
    await db.verificationToken.create({ data: { identifier: `reset-password:${resetting}`, token: suffix(), expires: new Date(now.getTime() + MINUTE * 30) } });
    const recent = await account(inside("unconfirmedAccounts"), false);
    const confirmed = await account(past("unconfirmedAccounts"), true);
    expect(await purge.unconfirmedAccounts(now)).toBe(1);
    const left = await db.user.findMany({ where: { id: { in: [abandoned, justAskedAgain, resetting, recent, confirmed] } }, select: { id: true } });
    expect(left.map((u) => u.id).sort()).toEqual([justAskedAgain, resetting, recent, confirmed].sort());
  });

  it("clears accessibility and dietary needs 30 days after the event, keeping the application", async () => {
    const days = lastDays("applicationNeeds");
    const over = await createEvent(days.past);
    const recent = await createEvent(days.inside);
    const cleared = await apply(over.id, "accepted", "Step-free access, please.");
    const kept = await apply(recent.id, "accepted", "Vegetarian.");
    expect(await purge.applicationNeeds(now)).toBe(1);
    expect(await db.eventApplication.findUnique({ where: { id: cleared.id }, select: { needs: true, bring: true } })).toEqual({ needs: null, bring: "Ideas." });
    expect(await db.eventApplication.findUnique({ where: { id: kept.id }, select: { needs: true } })).toEqual({ needs: "Vegetarian." });
  });

  it("deletes withdrawn, declined and lapsed applications 90 days after the event, and keeps the others", async () => {
    const days = lastDays("unsuccessfulApplications");
    const over = await createEvent(days.past);
    const recent = await createEvent(days.inside);
    for (const status of ["withdrawn", "declined", "lapsed"] as const) await apply(over.id, status);
    const accepted = await apply(over.id, "accepted");
    const recentWithdrawn = await apply(recent.id, "withdrawn");
    expect(await purge.unsuccessfulApplications(now)).toBe(3);
    const left = await db.eventApplication.findMany({ where: { eventId: { in: [over.id, recent.id] } }, select: { id: true } });
    expect(left.map((a) => a.id).sort()).toEqual([accepted.id, recentWithdrawn.id].sort());
  });

  it("deletes every application two years after the event", async () => {
    const days = lastDays("applications");
    const over = await createEvent(days.past);
    const recent = await createEvent(days.inside);
    await apply(over.id, "accepted");
    await apply(over.id, "pending");
    const kept = await apply(recent.id, "accepted");
    expect(await purge.applications(now)).toBe(2);
    expect(await db.eventApplication.findMany({ where: { eventId: { in: [over.id, recent.id] } }, select: { id: true } })).toEqual([kept]);
  });

  it("deletes audit events after two years", async () => {
    const target = suffix();
    await db.auditEvent.createMany({
      data: [
        { action: "old", targetType: "test", targetId: target, createdAt: past("auditEvents") },
        { action: "recent", targetType: "test", targetId: target, createdAt: inside("auditEvents") },
      ],
    });
    expect(await purge.auditEvents(now)).toBe(1);
    expect((await db.auditEvent.findMany({ where: { targetId: target }, select: { action: true } })).map((e) => e.action)).toEqual(["recent"]);
  });

  it("can run on several instances at once: each row goes once, and a second run finds nothing", async () => {
    const to = uniqueEmail();
    await db.outboxEmail.createMany({ data: Array.from({ length: 20 }, () => ({ to, subject: "old", text: "…", createdAt: past("outboxEmails") })) });
    await db.auditEvent.create({ data: { action: "old", targetType: "test", createdAt: past("auditEvents") } });
    const runs = await Promise.all([purgeExpiredData(now), purgeExpiredData(now)]);
    expect(runs[0].outboxEmails + runs[1].outboxEmails).toBe(20);
    expect(runs[0].auditEvents + runs[1].auditEvents).toBe(1);
    expect(Object.values(await purgeExpiredData(now)).every((n) => n === 0)).toBe(true);
  });
});
