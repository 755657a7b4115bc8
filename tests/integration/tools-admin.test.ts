// The library's staff side: files checked by their bytes (an HTML page named .pdf is refused, a
// real PDF, a Word document and the older office files are kept under the extension of what
// they are), uploaded through the streaming route with its own 25 MB limit (nothing kept past
// it, not even the partial file), downloaded and counted (two at once count two), published
// only with what readers need, related to each other by address; and refused, with the
// database unchanged, to a visitor and a member. The route handlers are called as Next calls
// them, with a Request; only what needs a running Next server (the session cookie, the page
// cache, the redirect) is replaced.
import { mkdtempSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import CFB from "cfb";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { initialFormState } from "@/lib/form-state";
import { createResourceAction, decideResourceAction, updateResourceAction } from "@/lib/resources/actions";
import { getResourceForStaff, listBrokenLinks, listResourcesForStaff } from "@/lib/resources/admin-queries";
import { currentResourceSlugOf } from "@/lib/resources/queries";
import { archiveResource, attachResourceFile, createResource, decideResource, publishResource, updateResource } from "@/lib/resources/commands";
import { resourceSchema, type ResourceInput } from "@/lib/resources/form-schema";
import { fileStorage } from "@/lib/storage";
import { DocumentRefused, storeDocument } from "@/lib/storage/documents";
import { MAX_DOCUMENT_BYTES } from "@/lib/storage/limits";
import { GET as download, HEAD as downloadHead } from "@/app/(data)/tools/[slug]/download/route";
import { POST as upload } from "@/app/api/admin/resources/[id]/file/route";
import { listAuditEvents } from "@/lib/users/queries";
import { createUser } from "./helpers";

const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentUser: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", async (importOriginal) => ({ ...(await importOriginal<object>()), redirect: vi.fn() }));

const uploads = mkdtempSync(path.join(os.tmpdir(), "echn-tools-uploads-"));
const staging = mkdtempSync(path.join(os.tmpdir(), "echn-tools-staging-"));
process.env.UPLOAD_DIR = uploads;
process.env.UPLOAD_STAGING_DIR = staging;

const ORIGIN = "http://localhost:3000";
const tag = () => `t${Math.random().toString(36).slice(2, 10)}`;

let staff: Awaited<ReturnType<typeof createUser>>;
let member: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  [staff, member] = await Promise.all([createUser({ role: "staff" }), createUser()]);
});

afterAll(() => {
  session.actor = null;
});

// ------------------------------------------------------------------------------ files to send

const PDF = () => readFile(new URL("../fixtures/hub-toolkit.pdf", import.meta.url));

/** A Word document as Word writes one: a zip whose content types name the main document. */
function docx(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hub budget</w:t></w:r></w:p></w:body></w:document>'),
  });
}

/** An old (97–2003) office file: a compound file with its main stream. */
function compoundFile(stream: string): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, stream, Buffer.from("not really a document, but a compound file with its stream"));
  return CFB.write(container, { type: "buffer" }) as Buffer;
}

const HTML = strToU8("<!doctype html><html><body><script>alert(1)</script>Not a PDF</body></html>");

async function* chunksOf(bytes: Uint8Array) {
  for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
}

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));

// ------------------------------------------------------------------------------ the route, as Next calls it

function uploadRequest(id: string, file: Blob | null, name = "file.pdf", headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("note", "kept small");
  if (file) form.set("file", file, name);
  return upload(new Request(`${ORIGIN}/api/admin/resources/${id}/file`, { method: "POST", body: form, headers: { origin: ORIGIN, host: "localhost:3000", ...headers } }), { params: Promise.resolve({ id }) });
}

const downloadOf = (slug: string) => download(new Request(`${ORIGIN}/tools/${slug}/download`), { params: Promise.resolve({ slug }) });

/** A draft started by staff, with every field publishing needs but its file. */
async function readyDraft(over: Partial<ResourceInput> = {}) {
  const { id, slug } = await createResource(staff.actor, { title: `Hub budget template ${tag()}`, type: "template" });
  const input: ResourceInput = {
    title: `Hub budget template ${tag()}`,
    slug,
    summary: "A spreadsheet to plan a hub's first year.",
    description: "Rows for **rent**, staff and programmes.",
    type: "template",
    topics: ["funding", "building"],
    audience: ["hub_leaders"],
    level: "introductory",
    languages: ["en"],
    licence: "cc_by",
    format: null,
    durationMinutes: null,
    author: "A hub network",
    year: 2024,
    url: null,
    translationOf: [],
    adaptedFrom: [],
    ...over,
  };
  await updateResource(staff.actor, id, input);
  return { id, slug, input };
}

const row = (id: string) =>
  db.resource.findUniqueOrThrow({ where: { id }, select: { title: true, status: true, fileKey: true, fileName: true, fileType: true, fileBytes: true, format: true, downloads: true, publishedAt: true, url: true } });
const audits = (id: string, action?: string) => db.auditEvent.count({ where: { targetType: "resource", targetId: id, ...(action ? { action } : {}) } });

// ------------------------------------------------------------------------------ the tests

describe("a document's type is read from its bytes, never its name", () => {
  it("keeps a PDF, a Word document, an old Word, Excel and PowerPoint file and a zip under their own extension", async () => {
    const cases: [Uint8Array, string][] = [
      [await PDF(), "pdf"],
      [docx(), "docx"],
      [compoundFile("WordDocument"), "doc"],
      [compoundFile("Workbook"), "xls"],
      [compoundFile("PowerPoint Document"), "ppt"],
      [zipSync({ "notes.txt": strToU8("Plain notes in an archive.") }), "zip"],
    ];
    for (const [bytes, extension] of cases) {
      const stored = await storeDocument(chunksOf(bytes), { folder: "tools" });
      expect(stored.extension, extension).toBe(extension);
      expect(stored.key).toMatch(new RegExp(`^tools/[0-9a-f]{32}\\.${extension}$`));
      expect(stored.bytes).toBe(bytes.length);
      expect((await fileStorage().get(stored.key))?.bytes.equals(Buffer.from(bytes))).toBe(true);
      await fileStorage().remove(stored.key);
    }
  });

  it("refuses an HTML page (whatever it is called), a compound file that is no office document, and an empty file", async () => {
    for (const [bytes, problem] of [
      [HTML, "wrong-type"],
      [compoundFile("Something else"), "wrong-type"],
      [new Uint8Array(), "missing"],
    ] as const) {
      const refusal = await storeDocument(chunksOf(bytes), { folder: "tools" }).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(DocumentRefused);
      expect((refusal as DocumentRefused).problem).toBe(problem);
    }
    expect(filesIn(staging)).toEqual([]);
  });
});

describe("the upload route", () => {
  it("keeps a real PDF: the resource gets its file, name, type, size and format, with an audit row, and staff go back with a notice", async () => {
    const { id } = await readyDraft();
    session.actor = staff.actor;
    const answer = await uploadRequest(id, new Blob([new Uint8Array(await PDF())], { type: "application/pdf" }), "Hub toolkit (final).pdf");
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(`/admin/tools/${id}?notice=file-uploaded`);
    const saved = await row(id);
    expect(saved).toMatchObject({ fileName: "Hub toolkit (final).pdf", fileType: "application/pdf", fileBytes: (await PDF()).length, format: "pdf" });
    expect(saved.fileKey).toMatch(/^tools\/[0-9a-f]{32}\.pdf$/);
    expect(await audits(id, "resource.file-uploaded")).toBe(1);
  });

  it("names a Word document sent as “report.pdf” by what it is, and removes the file it replaces once the new one is kept", async () => {
    const { id } = await readyDraft();
    session.actor = staff.actor;
    await uploadRequest(id, new Blob([new Uint8Array(await PDF())]), "first.pdf");
    const first = (await row(id)).fileKey!;
    const answer = await uploadRequest(id, new Blob([docx() as Uint8Array<ArrayBuffer>], { type: "application/pdf" }), "report.pdf");
    expect(answer.status).toBe(303);
    const saved = await row(id);
    expect(saved.fileKey).toMatch(/\.docx$/);
    expect(saved).toMatchObject({ fileName: "report.docx", fileType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", format: "document" });
    expect(await fileStorage().get(first)).toBeNull();
  });

  it("refuses an HTML file named .pdf, beside the file field, and keeps nothing", async () => {
    const { id } = await readyDraft();
    session.actor = staff.actor;
    const before = await row(id);
    const filesBefore = filesIn(uploads).length;
    const answer = await uploadRequest(id, new Blob([HTML], { type: "application/pdf" }), "toolkit.pdf");
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(`/admin/tools/${id}?fileError=wrong-type#file`);
    expect(await row(id)).toEqual(before);
    expect(await audits(id, "resource.file-uploaded")).toBe(0);
    expect(filesIn(uploads).length).toBe(filesBefore);
    expect(filesIn(staging)).toEqual([]);
  });

  it("refuses a file over 25 MB with the partial file removed, and a form without a file", async () => {
    const { id } = await readyDraft();
    session.actor = staff.actor;
    const before = await row(id);
    const filesBefore = filesIn(uploads).length;
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1024);
    big.set(await PDF());
    const tooBig = await uploadRequest(id, new Blob([big]), "huge.pdf");
    expect(tooBig.headers.get("location")).toBe(`/admin/tools/${id}?fileError=too-big#file`);
    const none = await uploadRequest(id, null);
    expect(none.headers.get("location")).toBe(`/admin/tools/${id}?fileError=missing#file`);
    expect(await row(id)).toEqual(before);
    expect(filesIn(uploads).length).toBe(filesBefore);
    expect(filesIn(uploads).filter((f) => f.endsWith(".part"))).toEqual([]);
    expect(filesIn(staging)).toEqual([]);
  });

  it("keeps nothing of a body cut off in the middle of the file", async () => {
    const { id } = await readyDraft();
    session.actor = staff.actor;
    const before = await row(id);
    const filesBefore = filesIn(uploads).length;
    const boundary = "----cutoff";
    const head = strToU8(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
        controller.enqueue(new Uint8Array(256 * 1024).fill(37));
        controller.close(); // no closing boundary: the client went away
      },
    });
    const request = new Request(`${ORIGIN}/api/admin/resources/${id}/file`, { method: "POST", body, duplex: "half", headers: { origin: ORIGIN, host: "localhost:3000", "content-type": `multipart/form-data; boundary=${boundary}` } } as RequestInit);
    const answer = await upload(request, { params: Promise.resolve({ id }) });
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(`/admin/tools/${id}?fileError=missing#file`);
    expect(await row(id)).toEqual(before);
    expect(filesIn(uploads).length).toBe(filesBefore);
    expect(filesIn(staging)).toEqual([]);
  });

  it("stops reading a body far past the limit (with nothing in front to stop it), keeping nothing", async () => {
    const { id } = await readyDraft();
    session.actor = staff.actor;
    const filesBefore = filesIn(uploads).length;
    const boundary = "----endless";
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(strToU8(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="endless.pdf"\r\n\r\n%PDF-1.4\n`));
        else if (sent > 4 * MAX_DOCUMENT_BYTES) controller.close(); // never reached: the route stops first
        controller.enqueue(new Uint8Array(1024 * 1024).fill(32));
        sent += 1024 * 1024;
      },
    });
    const request = new Request(`${ORIGIN}/api/admin/resources/${id}/file`, { method: "POST", body, duplex: "half", headers: { origin: ORIGIN, host: "localhost:3000", "content-type": `multipart/form-data; boundary=${boundary}` } } as RequestInit);
    const answer = await upload(request, { params: Promise.resolve({ id }) });
    expect(answer.headers.get("location")).toBe(`/admin/tools/${id}?fileError=too-big#file`);
    expect(sent).toBeLessThan(3 * MAX_DOCUMENT_BYTES);
    expect(filesIn(uploads).length).toBe(filesBefore);
    expect(filesIn(staging)).toEqual([]);
  });

  it("keeps a file of exactly 25 MB", async () => {
    const { id } = await readyDraft();
    session.actor = staff.actor;
    const limit = new Uint8Array(MAX_DOCUMENT_BYTES);
    limit.set(await PDF());
    const answer = await uploadRequest(id, new Blob([limit]), "limit.pdf");
    expect(answer.headers.get("location")).toBe(`/admin/tools/${id}?notice=file-uploaded`);
    expect((await row(id)).fileBytes).toBe(MAX_DOCUMENT_BYTES);
  });
});

describe("downloads", () => {
  it("serve a published resource's file with its type, name, length and no sniffing, and count each one, two at once counting two", async () => {
    const { id, slug } = await readyDraft({ title: "Ελληνικός οδηγός" });
    session.actor = staff.actor;
    await uploadRequest(id, new Blob([new Uint8Array(await PDF())]), "Οδηγός για hubs.pdf");
    expect((await downloadOf(slug)).status).toBe(404); // a draft is not downloadable
    await publishResource(staff.actor, id);
    const answer = await downloadOf(slug);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/pdf");
    expect(answer.headers.get("content-length")).toBe(String((await PDF()).length));
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    expect(answer.headers.get("cache-control")).toMatch(/^private, max-age=\d+$/);
    const disposition = answer.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe("Οδηγός για hubs.pdf");
    expect(Buffer.from(await answer.arrayBuffer()).equals(await PDF())).toBe(true);
    expect((await row(id)).downloads).toBe(1);
    const [a, b] = await Promise.all([downloadOf(slug), downloadOf(slug)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await row(id)).downloads).toBe(3);
    const head = await downloadHead(new Request(`${ORIGIN}/tools/${slug}/download`, { method: "HEAD" }), { params: Promise.resolve({ slug }) });
    expect(head.status).toBe(200);
    expect((await row(id)).downloads).toBe(3);
  });

  it("are not found for an archived resource, one without a file, or a made-up address", async () => {
    const { id, slug } = await readyDraft({ url: "https://example.org/budget" });
    await publishResource(staff.actor, id);
    expect((await downloadOf(slug)).status).toBe(404); // a link, no file
    await archiveResource(staff.actor, id);
    expect((await downloadOf(slug)).status).toBe(404);
    expect((await downloadOf("no-such-resource")).status).toBe(404);
    expect((await downloadOf("../../etc/passwd")).status).toBe(404);
    expect((await row(id)).downloads).toBe(0);
  });
});

describe("downloads, continued", () => {
  it("follow an address the resource had before to its current download, and a HEAD without a size says none", async () => {
    const { id, slug, input } = await readyDraft();
    session.actor = staff.actor;
    await uploadRequest(id, new Blob([new Uint8Array(await PDF())]), "moving.pdf");
    await publishResource(staff.actor, id);
    await updateResource(staff.actor, id, { ...input, slug: `${slug}-moved` });
    const moved = await downloadOf(slug);
    expect(moved.status).toBe(308);
    expect(moved.headers.get("location")).toBe(`/tools/${slug}-moved/download`);
    const movedHead = await downloadHead(new Request(`${ORIGIN}/tools/${slug}/download`, { method: "HEAD" }), { params: Promise.resolve({ slug }) });
    expect(movedHead.status).toBe(308);
    expect((await row(id)).downloads).toBe(0);
    await db.resource.update({ where: { id }, data: { fileBytes: null } });
    const head = await downloadHead(new Request(`${ORIGIN}/tools/${slug}-moved/download`, { method: "HEAD" }), { params: Promise.resolve({ slug: `${slug}-moved` }) });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).not.toBe("0");
  });

  it("are not counted when the file is missing from the storage", async () => {
    const { id, slug } = await readyDraft();
    session.actor = staff.actor;
    await uploadRequest(id, new Blob([new Uint8Array(await PDF())]), "gone.pdf");
    await publishResource(staff.actor, id);
    await fileStorage().remove((await db.resource.findUniqueOrThrow({ where: { id }, select: { fileKey: true } })).fileKey!);
    expect((await downloadOf(slug)).status).toBe(404);
    expect((await row(id)).downloads).toBe(0);
  });
});

describe("publishing", () => {
  it("needs a summary, a description, a file or a link, and a language: refused beside the field, saving nothing", async () => {
    const { id, input } = await readyDraft({ summary: "", description: "", languages: [] });
    const refusal = await publishResource(staff.actor, id).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).field).toBe("summary");
    expect((await row(id)).status).toBe("draft");
    // Save and publish at once: refused whole, the new summary not saved either.
    const both = await updateResource(staff.actor, id, { ...input, summary: "Now with a summary.", description: "And a description.", languages: ["en"] }, { publish: true }).catch((e: unknown) => e);
    expect((both as UserError).field).toBe("url");
    expect(await db.resource.findUniqueOrThrow({ where: { id }, select: { summary: true } })).toEqual({ summary: "" });
    const done = await updateResource(staff.actor, id, { ...input, summary: "Now with a summary.", description: "And a description.", languages: ["en"], url: "https://example.org/budget" }, { publish: true });
    expect(done).toMatchObject({ status: "published", public: true, changed: true });
    expect((await row(id)).publishedAt).toBeInstanceOf(Date);
    expect(await audits(id, "resource.published")).toBe(1);
    // A published resource stays publishable: its link cannot be taken away while it has no file.
    const unlinked = await updateResource(staff.actor, id, { ...input, summary: "Now with a summary.", description: "And a description.", languages: ["en"], url: null }).catch((e: unknown) => e);
    expect((unlinked as UserError).field).toBe("url");
    // The workflow's table: a published resource cannot be published again.
    await expect(decideResource(staff.actor, id, "publish")).rejects.toBeInstanceOf(UserError);
    await decideResource(staff.actor, id, "unpublish");
    expect((await row(id)).status).toBe("draft");
  });
});

describe("the link", () => {
  it("loses its last check's result when staff change it (the new address is checked afresh), and keeps it otherwise", async () => {
    const { id, input } = await readyDraft({ url: "https://example.org/old" });
    const checked = { linkStatus: 404, linkProblem: "http_error", linkCheckedAt: new Date() };
    await db.resource.update({ where: { id }, data: checked });
    await updateResource(staff.actor, id, { ...input, summary: "Another summary." });
    expect(await db.resource.findUniqueOrThrow({ where: { id }, select: { linkStatus: true, linkProblem: true } })).toEqual({ linkStatus: 404, linkProblem: "http_error" });
    await updateResource(staff.actor, id, { ...input, url: "https://example.org/new" });
    expect(await db.resource.findUniqueOrThrow({ where: { id }, select: { linkStatus: true, linkProblem: true, linkCheckedAt: true } })).toEqual({ linkStatus: null, linkProblem: null, linkCheckedAt: null });
  });
});

describe("the address", () => {
  it("cannot be one of the library's own pages (“all”, “suggest”), and a new draft never takes one", async () => {
    const { input } = await readyDraft();
    for (const slug of ["all", "suggest"]) expect(resourceSchema.safeParse({ ...input, resourceId: "x", slug }).error?.issues[0]?.message).toBe("staff.resources.errors.slugReserved");
    const draft = await createResource(staff.actor, { title: "Suggest", type: "guide" });
    expect(draft.slug).not.toBe("suggest");
  });
});

describe("an address changed after publishing", () => {
  it("keeps leading to the resource; another resource cannot take it, the resource itself may take it back, and a draft's old address is not kept", async () => {
    const { id, slug, input } = await readyDraft({ url: "https://example.org/moving" });
    await updateResource(staff.actor, id, { ...input, slug: `${slug}-draft` });
    expect(await currentResourceSlugOf(slug)).toBeNull();
    await updateResource(staff.actor, id, { ...input, slug }, { publish: true });
    await updateResource(staff.actor, id, { ...input, slug: `${slug}-moved` });
    expect(await currentResourceSlugOf(slug)).toBe(`${slug}-moved`);
    const other = await readyDraft();
    const taken = await updateResource(staff.actor, other.id, { ...other.input, slug }).catch((e: unknown) => e);
    expect((taken as UserError).message).toBe("staff.resources.errors.slugTaken");
    expect(await db.resource.findUniqueOrThrow({ where: { id: other.id }, select: { slug: true } })).toEqual({ slug: other.slug });
    await updateResource(staff.actor, id, { ...input, slug });
    expect(await currentResourceSlugOf(`${slug}-moved`)).toBe(slug);
    expect(await currentResourceSlugOf(slug)).toBeNull();
    await archiveResource(staff.actor, id);
    expect(await currentResourceSlugOf(`${slug}-moved`)).toBeNull();
  });
});

describe("relations", () => {
  it("name other resources by their address (“/tools/…” or the bare address), refusing one not in the library or the resource itself", async () => {
    const original = await readyDraft();
    const adapted = await readyDraft();
    const { id, input } = await readyDraft();
    await updateResource(staff.actor, id, { ...input, translationOf: [original.slug], adaptedFrom: [adapted.slug] });
    const saved = await getResourceForStaff(staff.actor, id);
    expect(saved.relations.map((r) => [r.kind, r.to.slug]).sort()).toEqual([["adapted_from", adapted.slug], ["translation_of", original.slug]].sort());
    expect(await audits(id, "resource.updated")).toBe(2);
    const missing = await updateResource(staff.actor, id, { ...input, translationOf: ["no-such-resource"] }).catch((e: unknown) => e);
    expect((missing as UserError).field).toBe("translationOf");
    const itself = await updateResource(staff.actor, id, { ...input, adaptedFrom: [input.slug] }).catch((e: unknown) => e);
    expect((itself as UserError).field).toBe("adaptedFrom");
    // Refusals kept the relations saved before.
    expect((await getResourceForStaff(staff.actor, id)).relations).toHaveLength(2);
    // Unchanged: nothing saved, nothing audited.
    const again = await updateResource(staff.actor, id, { ...input, translationOf: [original.slug], adaptedFrom: [adapted.slug] });
    expect(again.changed).toBe(false);
    expect(await audits(id, "resource.updated")).toBe(2);
  });

  it("come from the form's text, one a line", async () => {
    const original = await readyDraft();
    const { id, input } = await readyDraft();
    session.actor = staff.actor;
    const form = new FormData();
    const fields: Record<string, string> = { resourceId: id, title: input.title, slug: input.slug, type: "template", summary: input.summary, description: input.description, translationOf: `/tools/${original.slug}\n`, adaptedFrom: "", year: "2024", languages: "en" };
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const state = await updateResourceAction(initialFormState, form);
    expect(state.fieldErrors).toBeUndefined();
    expect((await getResourceForStaff(staff.actor, id)).relations.map((r) => r.to.slug)).toEqual([original.slug]);
    form.set("year", "1850");
    form.set("url", "javascript:alert(1)");
    const bad = await updateResourceAction(initialFormState, form);
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["url", "year"]);
  });
});

describe("staff lists", () => {
  it("count resources by status, search titles, and list broken links", async () => {
    const word = tag();
    const a = await readyDraft({ title: `Broken ${word}`, url: "https://example.org/gone" });
    await db.resource.update({ where: { id: a.id }, data: { linkStatus: 404, linkCheckedAt: new Date() } });
    const b = await readyDraft({ title: `Timed out ${word}`, url: "https://example.org/slow" });
    await db.resource.update({ where: { id: b.id }, data: { linkProblem: "timeout", linkCheckedAt: new Date() } });
    const found = await listResourcesForStaff(staff.actor, { q: word, page: 1 });
    expect(found.total).toBe(2);
    expect(found.counts).toEqual({ draft: 2, published: 0, archived: 0 });
    const broken = await listBrokenLinks(staff.actor);
    expect(broken.resources.map((r) => r.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });
});

describe("the audit log", () => {
  it("names a resource by its title, and an article by its kind, so each links to where staff edit it", async () => {
    const { id, input } = await readyDraft();
    const { events } = await listAuditEvents(staff.actor, { target: "resource", page: 1 });
    expect(events.find((e) => e.targetId === id)).toMatchObject({ targetName: input.title, targetKind: null });
    const news = await db.article.create({ data: { kind: "news", slug: `news-${tag()}`, title: "A news article", language: "en-GB" }, select: { id: true } });
    await db.auditEvent.create({ data: { actorId: staff.id, action: "article.updated", targetType: "article", targetId: news.id } });
    const articles = await listAuditEvents(staff.actor, { target: "article", page: 1 });
    expect(articles.events.find((e) => e.targetId === news.id)).toMatchObject({ targetName: "A news article", targetKind: "news" });
  });
});

describe("refused access, database unchanged", () => {
  it("a visitor and a member can neither start, edit, move nor give a file to a resource, nor read staff's lists; the upload route is not found to them and refuses another site's post", async () => {
    const { id, input } = await readyDraft();
    const before = await row(id);
    const auditsBefore = await audits(id);
    const resourcesBefore = await db.resource.count();
    const filesBefore = filesIn(uploads);
    const stored = await storeDocument(chunksOf(await PDF()), { folder: "tools" });
    for (const actor of [member.actor, null]) {
      await expect(createResource(actor, { title: "Mine", type: "guide" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateResource(actor, id, { ...input, title: "Rewritten" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(publishResource(actor, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(decideResource(actor, id, "archive")).rejects.toBeInstanceOf(NotFoundError);
      await expect(attachResourceFile(actor, id, stored, "mine.pdf")).rejects.toBeInstanceOf(NotFoundError);
      await expect(getResourceForStaff(actor, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listResourcesForStaff(actor, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(listBrokenLinks(actor)).rejects.toBeInstanceOf(NotFoundError);

      session.actor = actor;
      const form = (fields: Record<string, string>) => {
        const f = new FormData();
        for (const [k, v] of Object.entries(fields)) f.set(k, v);
        return f;
      };
      expect((await createResourceAction(initialFormState, form({ title: "Mine", type: "guide" }))).ok).toBe(false);
      expect((await updateResourceAction(initialFormState, form({ resourceId: id, title: "Rewritten", slug: input.slug, type: "guide" }))).ok).toBe(false);
      expect((await decideResourceAction(initialFormState, form({ resourceId: id, decision: "archive" }))).ok).toBe(false);
      const answer = await uploadRequest(id, new Blob([new Uint8Array(await PDF())]), "mine.pdf");
      expect(answer.status).toBe(404);
    }
    // Staff too are refused a post from another site, or one without Origin.
    session.actor = staff.actor;
    expect((await uploadRequest(id, new Blob([new Uint8Array(await PDF())]), "x.pdf", { origin: "https://evil.example" })).status).toBe(403);
    // A made-up resource is not found, before any of the body is read.
    expect((await uploadRequest("no-such-resource", new Blob([new Uint8Array(await PDF())]), "x.pdf")).status).toBe(404);

    expect(await row(id)).toEqual(before);
    expect(await audits(id)).toBe(auditsBefore);
    expect(await db.resource.count()).toBe(resourcesBefore);
    // The document the refused commands were handed was removed; nothing else was stored.
    expect(await fileStorage().get(stored.key)).toBeNull();
    expect(filesIn(uploads)).toEqual(filesBefore);
  });
});
