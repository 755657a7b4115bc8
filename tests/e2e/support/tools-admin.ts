import { randomUUID } from "node:crypto";
import { db } from "./db";

/** A draft resource whose link the checker found broken (a 404), with a translation relation; its id. */
export async function insertBrokenLinkResource(): Promise<string> {
  const tag = randomUUID().replace(/-/g, "").slice(0, 12);
  const id = `e2e-staff-resource-${tag}`;
  await db.query(
    `INSERT INTO "Resource" ("id", "slug", "title", "summary", "type", "topics", "languages", "url", "linkStatus", "linkProblem", "linkCheckedAt", "updatedAt")
     VALUES ($1, $1, $2, 'A checklist for opening a hub.', 'template', '{space}', '{en}', $3, 404, NULL, now(), now())`,
    [id, `Opening checklist ${tag}`, `https://example.org/gone-${tag}`],
  );
  return id;
}
