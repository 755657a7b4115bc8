// Adding a hub and changing it: what is stored, for whom, with which audit rows and emails,
// and what is refused (visitors, other members, duplicates, bad images, places outside Europe).
import { randomBytes, randomInt } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { LikelyDuplicatesError, submitHub, updateHub } from "@/lib/hubs/commands";
import { getOwnHubDraft, saveHubDraft } from "@/lib/hubs/drafts";
import { findLikelyDuplicates } from "@/lib/hubs/duplicates";
import { hubSchema, type HubInput } from "@/lib/hubs/schema";
import { fileStorage } from "@/lib/storage";
import { storageFolder } from "@/lib/public-areas";
import { storeImage } from "@/lib/storage/uploads";
import { localDiskStorage } from "@/lib/storage/local-disk";
import { createUser, latestEmailTo } from "./helpers";

type TestUser = Awaited<ReturnType<typeof createUser>>;

const suffix = () => randomBytes(4).toString("hex");
/** A spot of Europe no other test uses (hubs within 5 km of each other count as neighbours). */
const somewhere = () => ({ latitude: 40 + randomInt(0, 2_000_000) / 100_000, longitude: randomInt(0, 2_000_000) / 100_000 });

/** What the form sends, parsed by the form's own schema. */
function hubInput(over: Record<string, unknown> = {}): HubInput {
  const at = somewhere();
  return hubSchema.parse({
    name: `Atelier ${suffix()}`,
    kind: "collective",
    format: "static",
    disciplines: ["design", "crafts"],
    services: "desks",
    summary: "A shared workshop for designers and makers in the old town.",
    story: "",
    website: `https://atelier-${suffix()}.example.org`,
    socialLinks: "",
    contactEmail: "hello@example.org",
    city: `Town ${suffix()}`,
    countryCode: "SI",
    latitude: String(at.latitude),
    longitude: String(at.longitude),
    foundedYear: "2015",
    openToExchanges: "on",
    ...over,
  });
}

/** A picture stored as the hub form stores its logo or photo. */
const storeHubImage = (file: File) => storeImage(file, { folder: storageFolder("hubs"), field: "image" });
const hubRow = (id: string) => db.hub.findUniqueOrThrow({ where: { id }, include: { owners: true } });
const auditOf = (hubId: string, action: string) => db.auditEvent.findMany({ where: { targetType: "hub", targetId: hubId, action } });

let owner: TestUser;
let other: TestUser;
let staff: TestUser;
let uploadDir: string;

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "echn-uploads-"));
  process.env.UPLOAD_DIR = uploadDir;
  [owner, other, staff] = await Promise.all([createUser(), createUser(), createUser({ role: "staff" })]);
});

afterAll(async () => {
  await rm(uploadDir, { recursive: true, force: true });
});

describe("submitHub", () => {
  it("creates the hub pending review, owned by the actor, and tells the owner and staff", async () => {
    const draft = await saveHubDraft(owner.actor, { name: "My draft", values: { name: "My draft" } });
    const input = hubInput({ name: "Kino Šiška Lab" });

    const hub = await submitHub(owner.actor, input, { imageKey: null, draftId: draft.id, notDuplicate: false });

    const row = await hubRow(hub.id);
    expect(row).toMatchObject({ status: "pending", name: "Kino Šiška Lab", nameKey: "kinosiskalab", slug: hub.slug, countryCode: "SI", openToExchanges: true, foundedYear: 2015 });
    expect(row.slug).toMatch(/^kino-siska-lab/);
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.owners.map((o) => o.userId)).toEqual([owner.id]);
    expect(await auditOf(hub.id, "hub.submitted")).toHaveLength(1);
    expect(await getOwnHubDraft(owner.actor, draft.id)).toBeNull();

    const toOwner = await latestEmailTo(owner.email);
    expect(toOwner?.subject).toBe("We received your hub: Kino Šiška Lab");
    expect(toOwner?.text).toContain("What happens next");
    expect(toOwner?.text).toContain("/account/hubs");
    const toStaff = await latestEmailTo(staff.email, "Kino Šiška Lab");
    expect(toStaff?.subject).toBe("New hub to review: Kino Šiška Lab");
    expect(toStaff?.text).toContain("/admin/hubs");
  });

  it("writes to each reader in their language: the account's, else the page's; staff in their own", async () => {
    const [german, noLanguage, greekStaff] = await Promise.all([createUser({ locale: "de" }), createUser(), createUser({ role: "staff", locale: "el" })]);
    const first = hubInput({ name: `Kunsthof ${suffix()}` });
    await submitHub(german.actor, first, { imageKey: null, notDuplicate: true, pageLocale: "pt-PT" });
    expect((await latestEmailTo(german.email))?.subject).toBe(`Wir haben Ihren Hub erhalten: ${first.name}`);
    expect((await latestEmailTo(german.email))?.text).toContain("/de/account/hubs");
    expect((await latestEmailTo(greekStaff.email, first.name))?.subject).toBe(`Νέος κόμβος για έλεγχο: ${first.name}`);
    expect((await latestEmailTo(staff.email, first.name))?.subject).toBe(`New hub to review: ${first.name}`);

    const second = hubInput({ name: `Oficina ${suffix()}` });
    await submitHub(noLanguage.actor, second, { imageKey: null, notDuplicate: true, pageLocale: "pt-PT" });
    const toSubmitter = await latestEmailTo(noLanguage.email);
    expect(toSubmitter?.subject).toBe(`Recebemos o seu hub: ${second.name}`);
    expect(toSubmitter?.text).toContain(`${second.city}, Eslovénia`);
    expect(toSubmitter?.text).toContain("/pt/account/hubs");
  });

  it("refuses a visitor, saving nothing", async () => {
    const input = hubInput();
    await expect(submitHub(null, input, { imageKey: null, notDuplicate: true })).rejects.toThrow(UserError);
    expect(await db.hub.count({ where: { name: input.name } })).toBe(0);
    await expect(saveHubDraft(null, { name: "x", values: {} })).rejects.toThrow(NotFoundError);
    await expect(updateHub(null, "any", input, { imageKey: null })).rejects.toThrow(NotFoundError);
  });

  it("gives a second hub of the same name another slug: with its town, then a number", async () => {
    const name = `Makerspace ${suffix()}`;
    const first = await submitHub(owner.actor, hubInput({ name, city: "Maribor" }), { imageKey: null, notDuplicate: true });
    const second = await submitHub(owner.actor, hubInput({ name, city: "Celje" }), { imageKey: null, notDuplicate: true });
    const third = await submitHub(owner.actor, hubInput({ name, city: "Celje", countryCode: "AT" }), { imageKey: null, notDuplicate: true });
    const base = first.slug;
    expect(second.slug).toBe(`${base}-celje`);
    expect(third.slug).toBe(`${base}-celje-2`);
  });

  it("lets only one of two simultaneous submissions of the same hub through", async () => {
    const input = hubInput();
    // Both past the duplicate check (as when each looked before the other saved), so the
    // database's unique index alone decides; otherwise a slow machine lets the check decide.
    const results = await Promise.allSettled([
      submitHub(owner.actor, input, { imageKey: null, notDuplicate: true }),
      submitHub(other.actor, input, { imageKey: null, notDuplicate: true }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(UserError);
    expect(refused.reason).toMatchObject({ field: "name", text: { key: "hubForms.errors.sameHub", values: { name: input.name, place: `${input.city}, Slovenia` } } });
    expect(await db.hub.count({ where: { nameKey: input.name.toLowerCase().replace(/[^a-z0-9]/g, ""), countryCode: "SI" } })).toBe(1);
  });

  it("refuses a name without letters or digits, at the name", async () => {
    await expect(submitHub(owner.actor, hubInput({ name: "!!" }), { imageKey: null, notDuplicate: true })).rejects.toMatchObject({ field: "name" });
  });

  it("refuses an image key that is not a stored upload, or is another hub's image", async () => {
    await expect(submitHub(owner.actor, hubInput(), { imageKey: "hubs/0123456789abcdef.webp", notDuplicate: true })).rejects.toMatchObject({ field: "image" });
    await expect(submitHub(owner.actor, hubInput(), { imageKey: "../../etc/passwd", notDuplicate: true })).rejects.toMatchObject({ field: "image" });

    const key = await storeHubImage(await pngFile());
    const first = await submitHub(owner.actor, hubInput({ imageAlt: "Our courtyard" }), { imageKey: key, notDuplicate: true });
    expect(await hubRow(first.id)).toMatchObject({ imageKey: key, imageAlt: "Our courtyard" });
    await expect(submitHub(other.actor, hubInput(), { imageKey: key, notDuplicate: true })).rejects.toMatchObject({ field: "image" });
  });
});

describe("drafts", () => {
  it("belong to their owner alone", async () => {
    const draft = await saveHubDraft(owner.actor, { name: "Half done", values: { name: "Half done", city: "Ljubljana" } });
    expect(await getOwnHubDraft(owner.actor, draft.id)).toMatchObject({ name: "Half done", values: { name: "Half done", city: "Ljubljana" } });

    expect(await getOwnHubDraft(other.actor, draft.id)).toBeNull();
    await expect(saveHubDraft(other.actor, { draftId: draft.id, name: "Taken over", values: {} })).rejects.toThrow(NotFoundError);
    expect(await getOwnHubDraft(owner.actor, draft.id)).toMatchObject({ name: "Half done" });

    await saveHubDraft(owner.actor, { draftId: draft.id, name: "Nearly done", values: { name: "Nearly done" } });
    expect(await getOwnHubDraft(owner.actor, draft.id)).toMatchObject({ name: "Nearly done", values: { name: "Nearly done" } });
  });
});

describe("findLikelyDuplicates", () => {
  async function listed(status: "published" | "pending" | "rejected" | "archived", over: Record<string, unknown> = {}) {
    const input = hubInput(over);
    const hub = await submitHub(owner.actor, input, { imageKey: null, notDuplicate: true });
    await db.hub.update({ where: { id: hub.id }, data: { status } });
    return { ...hub, input };
  }

  it("finds a published hub of a similar name within 5 km, with a link, and a pending one without", async () => {
    const published = await listed("published", { name: "Impact Hub Ljubljana" + suffix() });
    const near = { ...published.input, name: published.input.name.replace("Impact Hub ", "impact-hub "), latitude: published.input.latitude + 0.02, website: undefined };
    expect(await findLikelyDuplicates(near)).toEqual([expect.objectContaining({ id: published.id, slug: published.slug, reason: "name" })]);

    const pending = await listed("pending");
    expect(await findLikelyDuplicates({ ...pending.input, website: undefined })).toEqual([expect.objectContaining({ id: pending.id, slug: null, reason: "name" })]);
  });

  it("finds the same website anywhere, and ignores similar names far away", async () => {
    const hub = await listed("published");
    const far = { ...hub.input, latitude: hub.input.latitude + 1 };
    expect(await findLikelyDuplicates({ ...far, city: "Elsewhere", website: hub.input.website!.replace("https://", "http://www.") + "/" })).toEqual([
      expect.objectContaining({ id: hub.id, reason: "website" }),
    ]);
    expect(await findLikelyDuplicates({ ...far, city: "Elsewhere", website: undefined })).toEqual([]);
  });

  it("ignores rejected and archived hubs, and the hub being edited", async () => {
    const rejected = await listed("rejected");
    const archived = await listed("archived");
    expect(await findLikelyDuplicates(rejected.input)).toEqual([]);
    expect(await findLikelyDuplicates(archived.input)).toEqual([]);
    const published = await listed("published");
    expect(await findLikelyDuplicates(published.input, published.id)).toEqual([]);
  });

  it("stops a submission unless the member says it is a different hub", async () => {
    const hub = await listed("published");
    const candidate = { ...hub.input, name: `${hub.input.name} Studio`, website: undefined };
    const refused = await submitHub(other.actor, candidate, { imageKey: null, notDuplicate: false }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LikelyDuplicatesError);
    expect((refused as LikelyDuplicatesError).duplicates.map((d) => d.id)).toEqual([hub.id]);
    expect(await db.hub.count({ where: { name: candidate.name } })).toBe(0);

    const created = await submitHub(other.actor, candidate, { imageKey: null, notDuplicate: true });
    expect(await hubRow(created.id)).toMatchObject({ status: "pending", name: candidate.name });
  });
});

describe("updateHub", () => {
  async function ownedHub(status: "published" | "pending" | "changes_requested" | "archived" | "rejected") {
    const input = hubInput();
    const hub = await submitHub(owner.actor, input, { imageKey: null, notDuplicate: true });
    await db.hub.update({ where: { id: hub.id }, data: { status } });
    return { ...hub, input };
  }

  it("puts a published hub's changes live at once, and records what changed", async () => {
    const hub = await ownedHub("published");
    const changed = { ...hub.input, summary: "A bigger shared workshop for designers and makers.", services: ["desks", "workshop"] as HubInput["services"] };

    const result = await updateHub(owner.actor, hub.id, changed, { imageKey: null });

    expect(result).toMatchObject({ status: "published", changed: 2 });
    expect(await hubRow(hub.id)).toMatchObject({ status: "published", summary: changed.summary, services: ["desks", "workshop"], slug: hub.slug });
    const [audit] = await auditOf(hub.id, "hub.updated");
    expect(audit?.actorId).toBe(owner.id);
    expect(audit?.data).toEqual({
      status: "published",
      changes: [
        { field: "services", before: ["desks"], after: ["desks", "workshop"] },
        { field: "summary", before: hub.input.summary, after: changed.summary },
      ],
    });
  });

  it("records nothing when nothing changed", async () => {
    const hub = await ownedHub("published");
    expect(await updateHub(owner.actor, hub.id, hub.input, { imageKey: null })).toMatchObject({ changed: 0 });
    expect(await auditOf(hub.id, "hub.updated")).toHaveLength(0);
  });

  it("sends a hub whose changes were requested back for review, and tells staff", async () => {
    const hub = await ownedHub("changes_requested");
    await updateHub(owner.actor, hub.id, { ...hub.input, summary: "Fixed as the moderator asked: now with opening hours." }, { imageKey: null });
    expect(await hubRow(hub.id)).toMatchObject({ status: "pending" });
    expect(await auditOf(hub.id, "hub.resubmitted")).toHaveLength(1);
    expect((await latestEmailTo(staff.email, hub.input.name))?.subject).toBe(`Hub changed and back for review: ${hub.input.name}`);
  });

  it("keeps a pending hub pending", async () => {
    const hub = await ownedHub("pending");
    await updateHub(owner.actor, hub.id, { ...hub.input, story: "Now with a story." }, { imageKey: null });
    expect(await hubRow(hub.id)).toMatchObject({ status: "pending", story: "Now with a story." });
  });

  it("refuses archived and rejected hubs, changing nothing", async () => {
    for (const status of ["archived", "rejected"] as const) {
      const hub = await ownedHub(status);
      await expect(updateHub(owner.actor, hub.id, { ...hub.input, summary: "Trying to change it anyway, which must fail." }, { imageKey: null })).rejects.toThrow(UserError);
      expect(await hubRow(hub.id)).toMatchObject({ status, summary: hub.input.summary });
    }
  });

  it("gives another member “not found”, and changes nothing", async () => {
    const hub = await ownedHub("published");
    const before = await hubRow(hub.id);
    await expect(updateHub(other.actor, hub.id, { ...hub.input, name: "Hijacked" }, { imageKey: null })).rejects.toThrow(NotFoundError);
    await expect(updateHub(other.actor, "no-such-hub", hub.input, { imageKey: null })).rejects.toThrow(NotFoundError);
    expect(await hubRow(hub.id)).toEqual(before);
    expect(await auditOf(hub.id, "hub.updated")).toHaveLength(0);
  });

  it("lets staff edit any hub", async () => {
    const hub = await ownedHub("published");
    await updateHub(staff.actor, hub.id, { ...hub.input, name: `${hub.input.name} (corrected)` }, { imageKey: null });
    expect(await hubRow(hub.id)).toMatchObject({ name: `${hub.input.name} (corrected)` });
    expect((await auditOf(hub.id, "hub.updated"))[0]?.actorId).toBe(staff.id);
  });

  it("refuses a rename onto another hub of the same town, at the name", async () => {
    const first = await ownedHub("published");
    const second = await submitHub(owner.actor, { ...first.input, name: `${first.input.name} Two` }, { imageKey: null, notDuplicate: true });
    await expect(updateHub(owner.actor, second.id, { ...first.input }, { imageKey: null })).rejects.toMatchObject({ field: "name" });
    expect(await hubRow(second.id)).toMatchObject({ name: `${first.input.name} Two` });
  });
});

describe("hub images", () => {
  it("stores a real image as WebP, at most 1200 px wide, without its metadata", async () => {
    const key = await storeHubImage(await pngFile(1600, 900));
    expect(key).toMatch(/^hubs\/[0-9a-f]{32}\.webp$/);
    const stored = await fileStorage().get(key);
    expect(stored?.contentType).toBe("image/webp");
    const meta = await sharp(stored!.bytes).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 1200, height: 675 });
    expect(meta.exif).toBeUndefined();
  });

  it("refuses a file that only claims to be an image", async () => {
    const fake = new File(["<script>alert(1)</script> definitely a picture"], "photo.png", { type: "image/png" });
    await expect(storeHubImage(fake)).rejects.toMatchObject({ field: "image", text: { key: "forms.image.notAnImage" } });
    const gif = new File([await sharp({ create: { width: 4, height: 4, channels: 3, background: "red" } }).gif().toBuffer()], "a.gif");
    await expect(storeHubImage(gif)).rejects.toMatchObject({ field: "image" });
  });

  it("refuses an image bigger than 5 MB", async () => {
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], "big.png", { type: "image/png" });
    await expect(storeHubImage(big)).rejects.toMatchObject({ field: "image", text: { key: "forms.image.tooBig", values: { megabytes: 5 } } });
  });

  it("keeps files inside the upload folder", async () => {
    const storage = localDiskStorage(uploadDir);
    expect(await storage.get("../../etc/passwd")).toBeNull();
    expect(await storage.get("hubs/../../secret.webp")).toBeNull();
    await expect(storage.put("../outside.webp", new Uint8Array([1]), "image/webp")).rejects.toThrow();
    await expect(storage.put("hubs/a.webp", new Uint8Array([1]), "text/html")).rejects.toThrow();
  });
});

describe("the hub form's schema", () => {
  const errors = (over: Record<string, unknown>) => {
    const result = hubSchema.safeParse({ ...formOf(hubInput()), ...over });
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
  };
  const formOf = (input: HubInput) => ({ ...input, latitude: String(input.latitude), longitude: String(input.longitude), socialLinks: input.socialLinks.join("\n") });

  it("refuses coordinates outside Europe and countries not in the list", () => {
    expect(errors({ latitude: "10", longitude: "10" })).toEqual({ latitude: "hubForms.errors.outsideEurope" });
    expect(errors({ longitude: "-75" })).toEqual({ longitude: "hubForms.errors.outsideEurope" });
    expect(errors({ countryCode: "US" })).toEqual({ countryCode: "hubForms.errors.country" });
    expect(errors({ latitude: "" })).toEqual({ latitude: "hubForms.errors.noPlace" });
  });

  it("refuses invalid web addresses and keeps script as plain text", () => {
    expect(errors({ website: "javascript:alert(1)" })).toEqual({ website: "hubForms.errors.webAddress" });
    expect(errors({ socialLinks: "https://ok.example.org\nnot a link" })).toMatchObject({ socialLinks: "hubForms.errors.webAddress" });
    expect(hubSchema.parse({ ...formOf(hubInput()), name: "<script>alert(1)</script>" }).name).toBe("<script>alert(1)</script>");
  });
});

async function pngFile(width = 40, height = 30): Promise<File> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 11, g: 95, b: 89 } } })
    .png()
    .withMetadata({ exif: { IFD0: { Copyright: "Test" } } })
    .toBuffer();
  return new File([new Uint8Array(bytes)], "logo.png", { type: "image/png" });
}
