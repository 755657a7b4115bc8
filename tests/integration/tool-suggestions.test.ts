// Members suggest resources for the library; staff accept one into a draft or decline it with a
// message, and the member is emailed in their language. Limits hold when forms arrive at the
// same moment; whoever may not act changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { handleForm } from "@/lib/forms";
import { acceptSuggestion, declineSuggestion, suggestResource } from "@/lib/resources/suggestions/commands";
import { MAX_PENDING_SUGGESTIONS, MAX_SUGGESTIONS_PER_DAY } from "@/lib/resources/suggestions/limits";
import { listOwnSuggestions, listSuggestionsForStaff } from "@/lib/resources/suggestions/queries";
import { suggestionSchema, type SuggestionInput } from "@/lib/resources/suggestions/schema";
import { createUser, latestEmailTo } from "./helpers";

let staff: Awaited<ReturnType<typeof createUser>>;
const tag = () => Math.random().toString(36).slice(2, 10);

beforeAll(async () => {
  staff = await createUser({ role: "staff" });
});

const input = (over: Partial<SuggestionInput> = {}): SuggestionInput => ({
  title: `A toolkit for hubs ${tag()}`,
  url: `https://example.org/toolkit-${tag()}`,
  reason: "Practical exercises for planning a hub's year.",
  ...over,
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** Everything a refused attempt must leave as it was: the member's suggestions, the drafts made from them, the emails to them. */
const snapshot = async (member: { id: string; email: string }) => ({
  suggestions: await db.resourceSuggestion.findMany({ where: { memberId: member.id }, orderBy: { id: "asc" } }),
  resources: await db.resource.count({ where: { suggestion: { memberId: member.id } } }),
  emails: await db.outboxEmail.count({ where: { to: member.email } }),
});

describe("the suggestion form", () => {
  it("names each wrong field with its message, and keeps what was typed", async () => {
    const state = await handleForm(form({ title: "  ", url: "ftp://example.org/file", reason: "Useful." }), suggestionSchema, async () => {
      throw new Error("must not run");
    });
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.title?.map((m) => m.key)).toEqual(["toolSuggestions.errors.titleMissing"]);
    expect(state.fieldErrors?.url?.map((m) => m.key)).toEqual(["toolSuggestions.errors.url"]);
    expect(state.fieldErrors?.reason).toBeUndefined();
    expect(state.values).toEqual({ title: "  ", url: "ftp://example.org/file", reason: "Useful." });
  });

  it("takes only http(s) addresses, written as the browser would", () => {
    const url = (v: string) => suggestionSchema.safeParse({ ...input(), url: v });
    for (const bad of ["javascript:alert(1)", "file:///etc/passwd", "example.org", "https://localhost/x", "https://user:pw@example.org/", "not an address"]) {
      expect(url(bad).success, bad).toBe(false);
    }
    expect(url(" HTTPS://Example.ORG ").data?.url).toBe("https://example.org/");
    expect(url("http://example.org/a?b=1").data?.url).toBe("http://example.org/a?b=1");
    expect(url(`https://example.org/${"a".repeat(600)}`).error?.issues[0]?.message).toBe("toolSuggestions.errors.urlTooLong");
  });
});

describe("suggesting", () => {
  it("keeps the suggestion, waiting, with its audit row and an email to the member in their language", async () => {
    const member = await createUser({ locale: "de" });
    const { id } = await suggestResource(member.actor, input({ title: "Leitfaden" }));
    const row = await db.resourceSuggestion.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ memberId: member.id, title: "Leitfaden", status: "pending", resourceId: null });
    expect(await db.auditEvent.count({ where: { targetType: "resource-suggestion", targetId: id, action: "resource.suggested", actorId: member.id } })).toBe(1);
    const email = await latestEmailTo(member.email);
    expect(email?.subject).toBe("Ihr Vorschlag „Leitfaden“ ist bei uns angekommen");
    expect(email?.text).toContain("/de/account/suggestions");
  });

  it("refuses the same address again while it waits, beside the field", async () => {
    const member = await createUser();
    const first = input();
    await suggestResource(member.actor, first);
    const before = await snapshot(member);
    const again = await suggestResource(member.actor, { ...first, title: "Another name" }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(UserError);
    expect((again as UserError).field).toBe("url");
    expect((again as UserError).text.key).toBe("toolSuggestions.errors.alreadySuggested");
    expect((await snapshot(member)).suggestions).toEqual(before.suggestions);
  });

  it("lets a member suggest an address again once staff have answered", async () => {
    const member = await createUser();
    const first = input();
    const { id } = await suggestResource(member.actor, first);
    await declineSuggestion(staff.actor, id, "Not in English yet.");
    await expect(suggestResource(member.actor, first)).resolves.toHaveProperty("id");
  });

  it(`keeps at most ${MAX_PENDING_SUGGESTIONS} waiting: of two sent at once at the limit, one is refused`, async () => {
    const member = await createUser();
    for (let i = 0; i < MAX_PENDING_SUGGESTIONS - 1; i++) await suggestResource(member.actor, input());
    const results = await Promise.allSettled([suggestResource(member.actor, input()), suggestResource(member.actor, input())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(UserError);
    expect((refused.reason as UserError).text).toEqual({ key: "toolSuggestions.errors.tooManyPending", values: { max: MAX_PENDING_SUGGESTIONS } });
    expect(await db.resourceSuggestion.count({ where: { memberId: member.id, status: "pending" } })).toBe(MAX_PENDING_SUGGESTIONS);
  });

  it(`takes at most ${MAX_SUGGESTIONS_PER_DAY} a day, answered or not, also when two arrive at once`, async () => {
    const member = await createUser();
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    const yesterday = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await db.resourceSuggestion.createMany({
      data: [
        ...Array.from({ length: MAX_SUGGESTIONS_PER_DAY - 1 }, () => ({ memberId: member.id, ...input(), status: "declined" as const, createdAt: hourAgo })),
        { memberId: member.id, ...input(), status: "declined" as const, createdAt: yesterday },
      ],
    });
    const results = await Promise.allSettled([suggestResource(member.actor, input()), suggestResource(member.actor, input())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as UserError).text.key).toBe("toolSuggestions.errors.tooManyToday");
    expect(await db.resourceSuggestion.count({ where: { memberId: member.id } })).toBe(MAX_SUGGESTIONS_PER_DAY + 1);
  });
});

describe("staff's answer", () => {
  it("accepts into a draft made and linked in the same decision, and emails the member in their language", async () => {
    const member = await createUser({ locale: "es" });
    const { id } = await suggestResource(member.actor, input({ title: "Guía de financiación", url: "https://example.org/guia" }));
    const { resourceId } = await acceptSuggestion(staff.actor, id, { type: "toolkit" });
    const resource = await db.resource.findUniqueOrThrow({ where: { id: resourceId } });
    expect(resource).toMatchObject({ title: "Guía de financiación", url: "https://example.org/guia", type: "toolkit", status: "draft", summary: "", fromArchive: false });
    const row = await db.resourceSuggestion.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "accepted", resourceId, decidedById: staff.id, message: null });
    expect(row.decidedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { targetType: "resource", targetId: resourceId, action: "resource.created" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { targetType: "resource-suggestion", targetId: id, action: "resource.suggestion-accepted", actorId: staff.id } })).toBe(1);
    const email = await latestEmailTo(member.email);
    expect(email?.subject).toBe("Tu sugerencia «Guía de financiación» entra en la biblioteca");
  });

  it("makes a guide unless staff choose a type, and never decides twice", async () => {
    const member = await createUser();
    const { id } = await suggestResource(member.actor, input());
    const { resourceId } = await acceptSuggestion(staff.actor, id);
    expect((await db.resource.findUniqueOrThrow({ where: { id: resourceId } })).type).toBe("guide");
    const before = await snapshot(member);
    const again = await acceptSuggestion(staff.actor, id).catch((e: unknown) => e);
    expect((again as UserError).text.key).toBe("staff.resourceSuggestions.cannot");
    const decline = await declineSuggestion(staff.actor, id, "Too late").catch((e: unknown) => e);
    expect((decline as UserError).text.key).toBe("staff.resourceSuggestions.cannot");
    expect(await snapshot(member)).toEqual(before);
  });

  it("accepts once when two staff accept at the same moment: one draft", async () => {
    const member = await createUser();
    const { id } = await suggestResource(member.actor, input());
    const results = await Promise.allSettled([acceptSuggestion(staff.actor, id), acceptSuggestion(staff.actor, id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { targetType: "resource", action: "resource.created", data: { path: ["suggestionId"], equals: id } } })).toBe(1);
  });

  it("declines only with a message, which the member is emailed", async () => {
    const member = await createUser({ locale: "sr-Latn" });
    const { id } = await suggestResource(member.actor, input({ title: "Vodič" }));
    const before = await snapshot(member);
    const blank = await declineSuggestion(staff.actor, id, "   ").catch((e: unknown) => e);
    expect(blank).toBeInstanceOf(UserError);
    expect((blank as UserError).field).toBe("message");
    expect(await snapshot(member)).toEqual(before);

    await declineSuggestion(staff.actor, id, "We already list a newer edition.");
    expect(await db.resourceSuggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "declined", message: "We already list a newer edition.", decidedById: staff.id, resourceId: null });
    const email = await latestEmailTo(member.email);
    expect(email?.subject).toBe("O vašem predlogu „Vodič“");
    expect(email?.text).toContain("We already list a newer edition.");
  });
});

describe("refused access, nothing changed", () => {
  it("a visitor cannot suggest", async () => {
    const sent = input();
    await expect(suggestResource(null, sent)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.resourceSuggestion.count({ where: { title: sent.title } })).toBe(0);
  });

  it("a member cannot accept or decline, not even their own suggestion", async () => {
    const member = await createUser();
    const { id } = await suggestResource(member.actor, input());
    const before = await snapshot(member);
    await expect(acceptSuggestion(member.actor, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(declineSuggestion(member.actor, id, "No.")).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptSuggestion(null, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(member)).toEqual(before);
  });

  it("a member sees only their own suggestions, and not the staff list", async () => {
    const [one, other] = await Promise.all([createUser(), createUser()]);
    const { id } = await suggestResource(one.actor, input());
    expect((await listOwnSuggestions(one.actor)).map((s) => s.id)).toEqual([id]);
    expect(await listOwnSuggestions(other.actor)).toEqual([]);
    await expect(listSuggestionsForStaff(other.actor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listSuggestionsForStaff(null)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("staff see the waiting ones first, oldest first", async () => {
    const member = await createUser();
    const a = await suggestResource(member.actor, input());
    const b = await suggestResource(member.actor, input());
    const { pending } = await listSuggestionsForStaff(staff.actor);
    const ours = pending.filter((s) => s.member.id === member.id).map((s) => s.id);
    expect(ours).toEqual([a.id, b.id]);
    expect(pending.every((s) => s.status === "pending")).toBe(true);
  });
});
