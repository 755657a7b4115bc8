// A signed-in browser is a UserSession row, checked on every request with the user: signing
// out ends that browser's session on every instance, and leaves the user's others alone.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { endSession, startSession } from "@/lib/auth/commands";
import { findSessionUser } from "@/lib/auth/queries";
import { createUser } from "./helpers";

describe("sessions", () => {
  it("a cookie of a signed-out session signs nobody in; the user's other session stays", async () => {
    const { actor } = await createUser();
    const laptop = await startSession(actor.id);
    const phone = await startSession(actor.id);
    const cookie = (sessionId: string) => ({ userId: actor.id, sessionVersion: 0, sessionId });
    expect(await findSessionUser(cookie(laptop))).toEqual(actor);

    await endSession(laptop);
    expect(await findSessionUser(cookie(laptop))).toBeNull();
    expect(await findSessionUser(cookie(phone))).toEqual(actor);
  });

  it("a cookie is refused for another user's session, an old session version, an expired session or an unconfirmed account", async () => {
    const { actor } = await createUser();
    const { actor: other } = await createUser();
    const sessionId = await startSession(actor.id);
    expect(await findSessionUser({ userId: other.id, sessionVersion: 0, sessionId })).toBeNull();
    expect(await findSessionUser({ userId: actor.id, sessionVersion: 1, sessionId })).toBeNull();

    await db.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await findSessionUser({ userId: actor.id, sessionVersion: 0, sessionId })).toBeNull();
    expect(await findSessionUser({ userId: actor.id, sessionVersion: 1, sessionId })).toEqual(actor);

    await db.userSession.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findSessionUser({ userId: actor.id, sessionVersion: 1, sessionId })).toBeNull();

    const { actor: unconfirmed } = await createUser({ verified: false });
    expect(await findSessionUser({ userId: unconfirmed.id, sessionVersion: 0, sessionId: await startSession(unconfirmed.id) })).toBeNull();
  });

  it("a new sign-in clears the user's expired sessions", async () => {
    const { actor } = await createUser();
    const old = await startSession(actor.id);
    await db.userSession.update({ where: { id: old }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const current = await startSession(actor.id);
    expect((await db.userSession.findMany({ where: { userId: actor.id }, select: { id: true } })).map((s) => s.id)).toEqual([current]);
  });
});
