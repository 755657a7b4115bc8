// P2P exchanges of a test's own, written straight into the end-to-end database: hubs in a
// country of our choosing, network membership, hosting in the demo round, applications and
// their requests to hosts. The demo round (prisma/seed/demo-p2p.ts) is the one open round, so
// tests add to it rather than open another, which would become the round everyone applies to.
import { randomUUID } from "node:crypto";
import { db } from "./db";
import { createHub } from "./hub-moderation";

const newId = (prefix: string) => `${prefix}${randomUUID().replace(/-/g, "").slice(0, 20)}`;

/** The seeded demo round: its id, and a stay inside its exchange period as the date fields type it. */
export async function demoRound() {
  const { rows } = await db.query(
    `SELECT "id", to_char("exchangesFrom" + 10, 'YYYY-MM-DD') AS "from", to_char("exchangesFrom" + 12, 'YYYY-MM-DD') AS "until" FROM "P2PRound" WHERE "slug" = 'demo-round'`,
  );
  if (!rows[0]) throw new Error("The demo round is missing: the end-to-end database is seeded with --demo");
  return rows[0] as { id: string; from: string; until: string };
}

/** A demo round's id, by its slug. */
export async function roundIdOf(slug: string): Promise<string> {
  const { rows } = await db.query(`SELECT "id" FROM "P2PRound" WHERE "slug" = $1`, [slug]);
  if (!rows[0]) throw new Error(`No round ${slug}: the end-to-end database is seeded with --demo`);
  return rows[0].id as string;
}

/** A demo hub's id, by its slug. */
export async function hubIdOf(slug: string): Promise<string> {
  const { rows } = await db.query(`SELECT "id" FROM "Hub" WHERE "slug" = $1`, [slug]);
  return rows[0].id as string;
}

/** A published hub owned by `ownerId` in `countryCode`; a regular member of the network unless `member` is false. */
export async function insertP2PHub(ownerId: string, opts: { countryCode: string; city: string; name?: string; member?: boolean }) {
  const hub = await createHub({ ownerIds: [ownerId], status: "published", name: opts.name });
  await db.query(`UPDATE "Hub" SET "countryCode" = $2, "city" = $3, "cityKey" = lower($3), "publishedAt" = now() WHERE "id" = $1`, [hub.id, opts.countryCode, opts.city]);
  if (opts.member !== false) {
    await db.query(`INSERT INTO "HubMembership" ("hubId", "kind", "since", "updatedAt") VALUES ($1, 'regular', current_date - 365, now())`, [hub.id]);
  }
  return hub;
}

/** The hub hosts in the round, with `places` exchanges. */
export async function insertHostOffer(roundId: string, hubId: string, places = 1): Promise<string> {
  const id = newId("e2eoffer");
  await db.query(
    `INSERT INTO "P2PHostOffer" ("id", "roundId", "hubId", "offer", "availability", "languages", "places", "updatedAt")
     VALUES ($1, $2, $3, 'A desk, and an evening with our members.', 'Weekdays.', '{en}', $4, now())`,
    [id, roundId, hubId, places],
  );
  return id;
}

/**
 * An application in the demo round for one person, three days from its `from` day, with every
 * answer given (so it can be sent): a draft, or sent with its request to the host pending.
 */
export async function insertP2PApplication(opts: { applicantId: string; visitingHubId: string; hostHubId: string; status: "draft" | "submitted" }) {
  const round = await demoRound();
  const id = newId("e2eapp");
  await db.query(
    `INSERT INTO "P2PApplication" ("id", "roundId", "applicantId", "visitingHubId", "hostHubId", "status", "role", "startsOn", "endsOn", "people",
       "aim", "plan", "visitorGains", "hostGains", "sharing", "travelMode",
       "travelRateCents", "dailyRateCents", "maxGrantCents", "hostGrantCents", "grantCents", "submittedAt", "updatedAt")
     SELECT $1, r."id", $2, $3, $4, $5::"P2PApplicationStatus", 'Studio manager', $6::date, $7::date, 1,
       'share_knowledge'::"P2PAim", ARRAY['Arrive and meet the team.', 'A day in the workshop.', 'A closing evening.'],
       'New ways to run open days.', 'Our archive method.', 'A talk at the closing evening.', 'train'::"TravelMode",
       r."travelRateCents", r."dailyRateCents", r."maxGrantCents", r."hostGrantCents",
       LEAST(r."maxGrantCents", r."travelRateCents" + 3 * r."dailyRateCents"), CASE WHEN $5 = 'submitted' THEN now() END, now()
     FROM "P2PRound" r WHERE r."id" = $8`,
    [id, opts.applicantId, opts.visitingHubId, opts.hostHubId, opts.status, round.from, round.until, round.id],
  );
  let requestId: string | null = null;
  if (opts.status === "submitted") {
    requestId = `${id}-request`;
    await db.query(`INSERT INTO "P2PHostRequest" ("id", "applicationId", "hostHubId", "dueAt") VALUES ($1, $2, $3, now() + interval '14 days')`, [requestId, id, opts.hostHubId]);
  }
  return { id, requestId };
}
