import { db } from "./db";

/** A seeded article's id, by its address. */
export async function articleIdOf(slug: string): Promise<string> {
  const { rows } = await db.query(`SELECT "id" FROM "Article" WHERE "slug" = $1`, [slug]);
  if (!rows[0]) throw new Error(`No article ${slug}: the end-to-end database is seeded with the programme's archive`);
  return rows[0].id as string;
}

/** A draft story by `email` about the first published hub they own, sent back by the editors once; its id. */
export async function insertReturnedStory(email: string): Promise<string> {
  const { rows } = await db.query(
    `SELECT u."id" AS "userId", h."id" AS "hubId" FROM "User" u JOIN "HubOwner" o ON o."userId" = u."id" JOIN "Hub" h ON h."id" = o."hubId"
      WHERE u."email" = $1 AND h."status" = 'published' ORDER BY h."name" LIMIT 1`,
    [email],
  );
  if (!rows[0]) throw new Error(`${email} owns no published hub`);
  const id = `a11y-story-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  await db.query(
    `INSERT INTO "Article" ("id", "kind", "slug", "title", "body", "language", "contributorId", "updatedAt") VALUES ($1, 'story', $1, 'Our print room', 'We print posters.', 'en-GB', $2, now())`,
    [id, rows[0].userId],
  );
  await db.query(`INSERT INTO "ArticleHub" ("articleId", "hubId") VALUES ($1, $2)`, [id, rows[0].hubId]);
  await db.query(
    `INSERT INTO "AuditEvent" ("id", "actorId", "action", "targetType", "targetId", "data") VALUES ($1, NULL, 'article.returned', 'article', $2, $3)`,
    [`${id}-returned`, id, JSON.stringify({ from: "in_review", to: "draft", message: "Please say which street." })],
  );
  return id;
}
