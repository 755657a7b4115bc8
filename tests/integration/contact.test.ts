// A message through the contact form: what is accepted, what is stored, and who is told —
// all of it in one transaction.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { markContactMessageHandled, sendContactMessage } from "@/lib/contact/commands";
import { listContactMessages } from "@/lib/contact/queries";
import { NotFoundError } from "@/lib/errors";
import { contactSchema, MESSAGE_MAX, type ContactInput } from "@/lib/contact/schema";
import { handleForm } from "@/lib/forms";
import type { FormMessageText } from "@/lib/form-state";
import { translatorIn } from "@/tests/support/intl";
import { createUser, uniqueEmail } from "./helpers";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const valid = (over: Partial<Record<keyof ContactInput, string>> = {}) => ({
  name: "Grace Hopper",
  email: uniqueEmail("sender"),
  topic: "events",
  message: "When will the next Creative Hubs Forum take place?",
  ...over,
});

const fieldErrors = (input: Record<string, unknown>) => {
  const result = contactSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("contactSchema", () => {
  it("accepts a complete message, trimmed, with the address in lower case", () => {
    const input = contactSchema.parse(valid({ name: "  Grace Hopper ", email: " Grace@Example.ORG ", message: "  Ten chars!  " }));
    expect(input).toMatchObject({ name: "Grace Hopper", email: "grace@example.org", topic: "events", message: "Ten chars!" });
  });

  it("names each field that is wrong, with the catalogue's message for it", () => {
    expect(fieldErrors({})).toEqual({
      name: "contact.errors.nameMissing",
      email: "contact.errors.emailMissing",
      topic: "contact.errors.topicMissing",
      message: "contact.errors.messageMissing",
    });
    expect(fieldErrors(valid({ name: "   " }))).toEqual({ name: "contact.errors.nameMissing" });
    expect(fieldErrors(valid({ email: "not-an-address" }))).toEqual({ email: "contact.errors.emailInvalid" });
    expect(fieldErrors(valid({ topic: "lottery" }))).toEqual({ topic: "contact.errors.topicMissing" });
    expect(fieldErrors(valid({ message: "too short" }))).toEqual({ message: "contact.errors.messageTooShort" });
    expect(fieldErrors(valid({ message: "x".repeat(MESSAGE_MAX + 1) }))).toEqual({ message: "contact.errors.messageTooLong" });
    expect(fieldErrors(valid({ message: "x".repeat(MESSAGE_MAX) }))).toEqual({});
  });

  it("reads, in English as before, with the limits the schema sets", async () => {
    const state = await handleForm(form(valid({ name: "", email: "not-an-address", message: "too short" })), contactSchema, vi.fn());
    const t = await translatorIn("en-GB");
    const say = (m: FormMessageText | undefined) => (typeof m === "string" || !m ? m : t(m.key, m.values as never));
    expect(say(state.fieldErrors?.name?.[0])).toBe("Enter your name.");
    expect(say(state.fieldErrors?.email?.[0])).toBe("Enter an email address like name@example.org.");
    expect(say(state.fieldErrors?.message?.[0])).toBe("Write at least 10 characters, so we can help.");
    const long = await handleForm(form(valid({ name: "x".repeat(101), message: "x".repeat(MESSAGE_MAX + 1) })), contactSchema, vi.fn());
    expect(say(long.fieldErrors?.name?.[0])).toBe("Use at most 100 characters.");
    expect(say(long.fieldErrors?.message?.[0])).toBe(`Keep your message under ${MESSAGE_MAX} characters.`);
  });
});

describe("sendContactMessage", () => {
  const savedContactEmail = process.env.CONTACT_EMAIL;
  afterEach(() => {
    if (savedContactEmail === undefined) delete process.env.CONTACT_EMAIL;
    else process.env.CONTACT_EMAIL = savedContactEmail;
  });

  const emailsTo = (to: string) => db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

  it("stores the message and emails every staff member, the contact address and the sender", async () => {
    const staff = await createUser({ role: "staff" });
    const admin = await createUser({ role: "admin" });
    const member = await createUser({ role: "member" });
    const inbox = uniqueEmail("inbox");
    process.env.CONTACT_EMAIL = inbox;
    const input = contactSchema.parse(valid());

    const { id } = await sendContactMessage(input, null, "en-GB");

    const stored = await db.contactMessage.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ name: input.name, email: input.email, topic: "events", message: input.message, userId: null });

    for (const to of [staff.email, admin.email, inbox]) {
      const [mail, ...more] = await emailsTo(to);
      expect(more).toEqual([]);
      expect(mail?.subject).toBe("Contact form: Events — from Grace Hopper");
      expect(mail?.text).toContain(input.message);
      expect(mail?.text).toContain(input.email);
      expect(mail?.text).toContain(id);
    }
    const [ack, ...moreAcks] = await emailsTo(input.email);
    expect(moreAcks).toEqual([]);
    expect(ack?.subject).toBe("We received your message");
    // The acknowledgement goes to whatever address was typed: it must not carry the text.
    expect(ack?.text).not.toContain(input.message);
    expect(ack?.text).not.toContain(input.name);
    expect(await emailsTo(member.email)).toEqual([]);
  });

  it("writes to each reader in their language: staff in their account's, the contact address and the sender in the page's", async () => {
    const german = await createUser({ role: "staff" });
    await db.user.update({ where: { id: german.id }, data: { locale: "de" } });
    const unchosen = await createUser({ role: "staff" });
    const inbox = uniqueEmail("inbox");
    process.env.CONTACT_EMAIL = inbox;
    const input = contactSchema.parse(valid({ topic: "privacy" }));

    const { id } = await sendContactMessage(input, null, "pt-PT");

    const [de, pt, en] = [await translatorIn("de"), await translatorIn("pt-PT"), await translatorIn("en-GB")];
    const [toGerman] = await emailsTo(german.email);
    expect(toGerman?.subject).toBe(de("contact.emails.notification.subject", { topic: de("contact.topics.privacy"), name: input.name }));
    expect(toGerman?.subject).not.toBe(en("contact.emails.notification.subject", { topic: en("contact.topics.privacy"), name: input.name }));
    expect(toGerman?.text).toContain(input.message);
    expect(toGerman?.text).toContain(id);
    for (const to of [unchosen.email, inbox]) {
      expect((await emailsTo(to))[0]?.subject, to).toBe(pt("contact.emails.notification.subject", { topic: pt("contact.topics.privacy"), name: input.name }));
    }
    const [ack] = await emailsTo(input.email);
    expect(ack?.subject).toBe(pt("contact.emails.acknowledgement.subject"));
    expect(ack?.text).toContain(pt("contact.topics.privacy"));
    // The signature links to the site in the sender's language.
    expect(ack?.text).toMatch(/\/pt\n?$/);
    expect(ack?.text).not.toContain(input.message);
  });

  it("links the message to the signed-in sender", async () => {
    const member = await createUser();
    const { id } = await sendContactMessage(contactSchema.parse(valid({ email: member.email, name: member.name })), member.actor, "en-GB");
    expect((await db.contactMessage.findUniqueOrThrow({ where: { id } })).userId).toBe(member.id);
  });

  describe("when one of its emails cannot be written", () => {
    // Refuses the last write of a send (the acknowledgement) for senders whose address
    // starts with "contact-fails-", to prove the message and earlier emails roll back.
    beforeAll(async () => {
      await db.$executeRawUnsafe(`
        CREATE OR REPLACE FUNCTION test_fail_contact_ack() RETURNS trigger AS $$
        BEGIN
          IF NEW."to" LIKE 'contact-fails-%' THEN RAISE EXCEPTION 'email write refused by test trigger'; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql`);
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_contact_ack ON "OutboxEmail"`);
      await db.$executeRawUnsafe(`CREATE TRIGGER test_fail_contact_ack BEFORE INSERT ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION test_fail_contact_ack()`);
    });
    afterAll(async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_contact_ack ON "OutboxEmail"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_fail_contact_ack()`);
    });

    it("stores nothing and queues nothing", async () => {
      const staff = await createUser({ role: "staff" });
      const sender = uniqueEmail("contact-fails");
      const message = `A message that must vanish ${sender}`;

      await expect(sendContactMessage(contactSchema.parse(valid({ email: sender, message })), null, "en-GB")).rejects.toThrow();

      expect(await db.contactMessage.count({ where: { email: sender } })).toBe(0);
      expect(await db.outboxEmail.count({ where: { text: { contains: message } } })).toBe(0);
      expect(await emailsTo(staff.email)).toEqual([]);
    });
  });
});

describe("markContactMessageHandled (the staff inbox)", () => {
  async function openMessage() {
    return sendContactMessage(contactSchema.parse(valid()), null, "en-GB");
  }

  it("lets staff mark a message as dealt with and reopen it, with an audit event each time", async () => {
    const { actor: staff } = await createUser({ role: "staff" });
    const { id } = await openMessage();
    await markContactMessageHandled(staff, { messageId: id, handled: true });
    expect(await db.contactMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ handledById: staff.id, handledAt: expect.any(Date) });
    await markContactMessageHandled(staff, { messageId: id, handled: false });
    expect(await db.contactMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ handledById: null, handledAt: null });
    const actions = (await db.auditEvent.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["contact.handled", "contact.reopened"]);
  });

  it("refuses members and visitors as if the message did not exist, and changes nothing", async () => {
    const { actor: member } = await createUser({ role: "member" });
    const { id } = await openMessage();
    for (const actor of [member, null]) {
      await expect(markContactMessageHandled(actor, { messageId: id, handled: true })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.contactMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ handledAt: null, handledById: null });
    expect(await db.auditEvent.count({ where: { targetId: id } })).toBe(0);
  });

  it("answers not found for an unknown message", async () => {
    const { actor: staff } = await createUser({ role: "staff" });
    await expect(markContactMessageHandled(staff, { messageId: "nope", handled: true })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists open messages for staff only", async () => {
    const { actor: staff } = await createUser({ role: "staff" });
    const { actor: member } = await createUser({ role: "member" });
    const { id } = await openMessage();
    const open = await listContactMessages(staff, { handled: false, page: 1 });
    expect(open.total).toBeGreaterThan(0);
    await expect(listContactMessages(member, { handled: false, page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listContactMessages(null, { handled: false, page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await markContactMessageHandled(staff, { messageId: id, handled: true });
    const handled = await listContactMessages(staff, { handled: true, page: 1 });
    expect(handled.messages.map((m) => m.id)).toContain(id);
  });
});
