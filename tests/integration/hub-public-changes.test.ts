// Every change that alters public hub pages announces itself to the other instances (a NOTIFY
// on the revalidation channel), whoever makes it: staff approving or archiving a hub, an owner
// archiving, unarchiving or confirming theirs. The actions run here as a form would call them;
// only what needs a running Next server (the session cookie, the redirect, the page cache) is
// replaced.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/user";
import { initialFormState } from "@/lib/form-state";
import { hubSnapshot } from "@/lib/hubs/rules";
import { approveHubAction, archiveHubAsStaffAction } from "@/lib/hubs/moderation/actions";
import { snapshotVersion } from "@/lib/hubs/moderation/rules";
import { archiveOwnHubAction, confirmHubInformationAction, unarchiveOwnHubAction } from "@/lib/hubs/ownership/actions";
import { INSTANCE_ID, REVALIDATE_CHANNEL } from "@/lib/revalidate-channel";
import { createPublishedHub, createUser } from "./helpers";

const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", async (importOriginal) => ({ ...(await importOriginal<object>()), redirect: vi.fn() }));
vi.mock("@/i18n/navigation", () => ({ redirect: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en-GB" }));

const OURS = `${INSTANCE_ID}:hubs`;
let listener: pg.Client;
const heard: string[] = [];

beforeAll(async () => {
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  listener.on("notification", (m) => heard.push(m.payload ?? ""));
  await listener.query(`LISTEN ${REVALIDATE_CHANNEL}`);
});
afterAll(() => listener.end());
beforeEach(() => {
  heard.splice(0);
});

/** This instance's announcements of a change to hubs, waiting a moment for the one just sent. */
async function announced(): Promise<number> {
  for (let waited = 0; waited < 2000 && !heard.includes(OURS); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  return heard.filter((payload) => payload === OURS).length;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const versionOf = async (hubId: string) => snapshotVersion(hubSnapshot(await db.hub.findUniqueOrThrow({ where: { id: hubId } })));

describe("staff decisions that change public pages", () => {
  it("approving a hub announces it", async () => {
    session.actor = (await createUser({ role: "staff" })).actor;
    const hub = await createPublishedHub({ ownerId: (await createUser()).id });
    await db.hub.update({ where: { id: hub.id }, data: { status: "pending" } });
    expect(await approveHubAction(initialFormState, form({ hubId: hub.id, version: await versionOf(hub.id) }))).toMatchObject({ ok: true });
    expect((await db.hub.findUniqueOrThrow({ where: { id: hub.id } })).status).toBe("published");
    expect(await announced()).toBe(1);
  });

  it("archiving a hub announces it", async () => {
    session.actor = (await createUser({ role: "staff" })).actor;
    const hub = await createPublishedHub({ ownerId: (await createUser()).id });
    expect(await archiveHubAsStaffAction(initialFormState, form({ hubId: hub.id, version: await versionOf(hub.id), message: "It has closed." }))).toMatchObject({ ok: true });
    expect(await announced()).toBe(1);
  });

  it("a refused decision changes nothing and announces nothing", async () => {
    session.actor = (await createUser()).actor;
    const hub = await createPublishedHub();
    await db.hub.update({ where: { id: hub.id }, data: { status: "pending" } });
    expect(await approveHubAction(initialFormState, form({ hubId: hub.id, version: await versionOf(hub.id) }))).toMatchObject({ ok: false, message: { key: "forms.errors.notFound" } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard.filter((payload) => payload === OURS)).toEqual([]);
  });
});

describe("an owner's changes to public pages", () => {
  it("archiving, unarchiving and confirming their hub each announce it", async () => {
    const owner = await createUser();
    session.actor = owner.actor;
    const hub = await createPublishedHub({ ownerId: owner.id });

    expect(await confirmHubInformationAction(initialFormState, form({ hubId: hub.id }))).toMatchObject({ ok: true, message: { key: "hubManagement.ownership.confirmed" } });
    expect(await announced()).toBe(1);

    heard.splice(0);
    expect(await archiveOwnHubAction(initialFormState, form({ hubId: hub.id }))).toMatchObject({ ok: true });
    expect((await db.hub.findUniqueOrThrow({ where: { id: hub.id } })).status).toBe("archived");
    expect(await announced()).toBe(1);

    heard.splice(0);
    expect(await unarchiveOwnHubAction(initialFormState, form({ hubId: hub.id }))).toMatchObject({ ok: true });
    expect((await db.hub.findUniqueOrThrow({ where: { id: hub.id } })).status).toBe("pending");
    expect(await announced()).toBe(1);
  });
});
