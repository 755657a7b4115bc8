import { randomUUID } from "node:crypto";
import { db } from "./db";

/** Three suggestions by `memberId`: one waiting, one accepted into a draft, one declined with a message; their titles. */
export async function insertSuggestions(memberId: string): Promise<{ pending: string; accepted: string; declined: string }> {
  const tag = randomUUID().replace(/-/g, "").slice(0, 12);
  const titles = { pending: `A budgeting template ${tag}`, accepted: `A guide to residencies ${tag}`, declined: `A video on rent ${tag}` };
  const resourceId = `e2e-suggested-${tag}`;
  await db.query(`INSERT INTO "Resource" ("id", "slug", "title", "type", "url", "updatedAt") VALUES ($1, $1, $2, 'guide', $3, now())`, [resourceId, titles.accepted, `https://example.org/residencies-${tag}`]);
  const insert = (status: string, title: string, extra: { message?: string; resourceId?: string } = {}) =>
    db.query(
      `INSERT INTO "ResourceSuggestion" ("id", "memberId", "title", "url", "reason", "status", "message", "resourceId", "decidedAt")
       VALUES ($1, $2, $3, $4, 'It helped us plan our first year.', $5::"ResourceSuggestionStatus", $6, $7, CASE WHEN $5::text = 'pending' THEN NULL ELSE now() END)`,
      [`e2e-${status}-${tag}`, memberId, title, `https://example.org/${status}-${tag}`, status, extra.message ?? null, extra.resourceId ?? null],
    );
  await insert("pending", titles.pending);
  await insert("accepted", titles.accepted, { resourceId });
  await insert("declined", titles.declined, { message: "We already list a newer edition of this." });
  return titles;
}

/** A member's id by their email (a demo account). */
export async function userIdOf(email: string): Promise<string> {
  const { rows } = await db.query(`SELECT "id" FROM "User" WHERE "email" = $1`, [email]);
  if (!rows[0]) throw new Error(`No account ${email}: the end-to-end database is seeded with the demo accounts`);
  return rows[0].id as string;
}
