import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { db, expect, test } from "./support";
import { createAccount } from "./support/hub-moderation";
import { expectNotFound, expectSentToSignIn, signedInClient, visitorClient } from "./support/http-checks";
import { insertBrokenLinkResource } from "./support/tools-admin";

// The library's staff side is for staff only: visitors and members neither see its pages nor
// give a resource a file, and a draft's download does not exist for them. Read from the server's
// answers, with no browser (support/http-checks.ts). Every staff command and action refusing a
// visitor and a member with the database unchanged is tested in tests/integration/tools-admin.test.ts
// ("refused access, database unchanged"), and the suggestions' in tool-suggestions.test.ts.

const PDF = readFileSync(new URL("../fixtures/hub-toolkit.pdf", import.meta.url));

const staffPages = (id: string) => ["/admin/tools", "/admin/tools/new", `/admin/tools/${id}`, "/admin/tools/links", "/admin/tools/suggestions"];

const resourceRow = async (id: string) =>
  (await db.query(`SELECT "title", "status", "fileKey", "fileName", "downloads", "updatedAt" FROM "Resource" WHERE "id" = $1`, [id])).rows[0];
const auditRows = async (id: string) => (await db.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "targetId" = $1`, [id])).rows[0].n as number;

/** Sends a PDF to the upload route as the staff form does (multipart, from this site's origin). */
function upload(client: APIRequestContext, id: string) {
  return client.post(`/api/admin/resources/${id}/file`, {
    headers: { origin: new URL(process.env.E2E_BASE_URL!).origin },
    multipart: { file: { name: "toolkit.pdf", mimeType: "application/pdf", buffer: PDF } },
    maxRedirects: 0,
  });
}

test("a visitor is sent to sign in from the library's staff pages, and neither uploads a file nor downloads a draft", async () => {
  const id = await insertBrokenLinkResource();
  const before = { row: await resourceRow(id), audits: await auditRows(id) };
  const visitor = await visitorClient();
  for (const path of staffPages(id)) await expectSentToSignIn(visitor, path);
  const sent = await upload(visitor, id);
  expect(sent.status(), "the upload route's answer to a visitor").toBe(404);
  expect((await visitor.get(`/tools/${id}/download`, { maxRedirects: 0 })).status()).toBe(404);
  expect({ row: await resourceRow(id), audits: await auditRows(id) }).toEqual(before);
  await visitor.dispose();
});

test("a member gets “not found” on the library's staff pages and its upload route, and nothing changes", async () => {
  const id = await insertBrokenLinkResource();
  const { title } = await resourceRow(id);
  const before = { row: await resourceRow(id), audits: await auditRows(id) };
  const member = await createAccount("Mira Member");
  const client = await signedInClient(member.email, member.password);
  for (const path of staffPages(id)) await expectNotFound(client, path, [title]);
  const sent = await upload(client, id);
  expect(sent.status(), "the upload route's answer to a member").toBe(404);
  expect(await sent.text()).not.toContain(title);
  expect((await client.get(`/tools/${id}/download`, { maxRedirects: 0 })).status()).toBe(404);
  expect({ row: await resourceRow(id), audits: await auditRows(id) }).toEqual(before);
  await client.dispose();
});
