import { db } from "./db";

/** A seeded article's id, by its address. */
export async function articleIdOf(slug: string): Promise<string> {
  const { rows } = await db.query(`SELECT "id" FROM "Article" WHERE "slug" = $1`, [slug]);
  if (!rows[0]) throw new Error(`No article ${slug}: the end-to-end database is seeded with the programme's archive`);
  return rows[0].id as string;
}
