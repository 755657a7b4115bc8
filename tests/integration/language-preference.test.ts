// The language a person chose (the switcher, the account page) is kept on their account, and
// their emails follow it. The switcher's POST saves it for a signed-in person only, and only
// a language of the site.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/user";
import { setOwnLanguage } from "@/lib/users/commands";
import { createUser } from "./helpers";

const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn.user }));

const { POST } = await import("@/app/api/session/language/route");

const languageOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale;
const post = (body: string) => POST(new Request("http://localhost/api/session/language", { method: "POST", headers: { "content-type": "application/json" }, body }));

afterEach(() => {
  signedIn.user = null;
});

describe("setOwnLanguage", () => {
  it("keeps the choice on the person's own account, and changes no one else's", async () => {
    const [member, other] = await Promise.all([createUser(), createUser()]);
    await setOwnLanguage(member.actor, "sr-Latn");
    expect(await languageOf(member.id)).toBe("sr-Latn");
    await setOwnLanguage(member.actor, "pt-PT");
    expect(await languageOf(member.id)).toBe("pt-PT");
    expect(await languageOf(other.id)).toBeNull();
  });
});

describe("POST /api/session/language", () => {
  it("saves a language of the site for the signed-in person", async () => {
    const member = await createUser();
    signedIn.user = member.actor;
    const response = await post(JSON.stringify({ locale: "de" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, saved: true });
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(await languageOf(member.id)).toBe("de");
  });

  it.each([
    ["a language the site does not have", JSON.stringify({ locale: "fr" })],
    ["a prefix instead of a language", JSON.stringify({ locale: "pt" })],
    ["a language in the wrong case", JSON.stringify({ locale: "EN-gb" })],
    ["no language", JSON.stringify({})],
    ["a body that is not JSON", "locale=de"],
    ["an empty body", ""],
  ])("refuses %s with 400, and changes nothing", async (_case, body) => {
    const member = await createUser();
    await setOwnLanguage(member.actor, "el");
    signedIn.user = member.actor;
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false });
    expect(await languageOf(member.id)).toBe("el");
  });

  it("does nothing for a visitor who is not signed in (the switcher's cookie is their only record)", async () => {
    const bystander = await createUser();
    const response = await post(JSON.stringify({ locale: "es" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, saved: false });
    expect(await languageOf(bystander.id)).toBeNull();
  });
});
