// P2P part 2 for specs, written straight into the end-to-end database: a round of our own in
// review (its window closed, a rubric, two reviews needed, a budget), an application its host
// agreed to, and the round's panel. A round of our own keeps the demo rounds as the seed made
// them, and "Assign for me" then fills only this test's applications.
import { randomUUID } from "node:crypto";
import { db } from "./db";
import { insertP2PHub } from "./p2p";

const newId = (prefix: string) => `${prefix}${randomUUID().replace(/-/g, "").slice(0, 20)}`;

/** The rubric of the test rounds: relevance counts double. */
export const E2E_RUBRIC = [
  { name: "Relevance", weight: 2 },
  { name: "Quality of the plan", weight: 1 },
  { name: "Impact", weight: 1 },
] as const;
export const RUBRIC_LABELS = ["None", "Poor", "Fair", "Good", "Very good", "Excellent"] as const;

/** A round in review with Round 2's rates (grant EUR 1,175, host EUR 500), E2E_RUBRIC, two reviews needed and `budgetEuros`. */
export async function insertReviewRound(name: string, budgetEuros: number): Promise<{ id: string; name: string }> {
  const id = newId("e2eround");
  await db.query(
    `INSERT INTO "P2PRound" ("id", "slug", "name", "summary", "status", "opensOn", "closesOn", "exchangesFrom", "exchangesUntil", "maxStayDays",
       "travelRateCents", "dailyRateCents", "hostGrantCents", "maxGrantCents", "budgetCents", "hostAnswerDays", "reviewsNeeded", "publishedAt", "updatedAt")
     VALUES ($1, $1, $2, 'A round for an end-to-end test.', 'in_review', current_date - 40, current_date - 10, current_date + 30, current_date + 120, 5,
       35000, 16500, 50000, 117500, $3, 14, 2, now() - interval '40 days', now())`,
    [id, name, budgetEuros * 100],
  );
  for (const [position, c] of E2E_RUBRIC.entries()) {
    await db.query(`INSERT INTO "P2PCriterion" ("id", "roundId", "position", "name", "weight", "labels") VALUES ($1, $2, $3, $4, $5, $6)`, [
      newId("e2ecrit"),
      id,
      position,
      c.name,
      c.weight,
      [...RUBRIC_LABELS],
    ]);
  }
  return { id, name };
}

/**
 * An application the host agreed to, in `roundId`: `applicantId`'s member hub in the Netherlands
 * visits `hostOwnerId`'s hub in Portugal for five days from 40 days ahead (grant EUR 1,175, host
 * EUR 500), with the host's accepted request and its place taken.
 */
export async function insertAcceptedApplication(roundId: string, people: { applicantId: string; hostOwnerId: string }, names: { visiting: string; host: string }) {
  const visiting = await insertP2PHub(people.applicantId, { countryCode: "NL", city: "Utrecht", name: names.visiting });
  const host = await insertP2PHub(people.hostOwnerId, { countryCode: "PT", city: "Porto", name: names.host });
  await db.query(
    `INSERT INTO "P2PHostOffer" ("id", "roundId", "hubId", "offer", "availability", "languages", "places", "placesTaken", "updatedAt")
     VALUES ($1, $2, $3, 'A desk, and an evening with our members.', 'Weekdays.', '{en}', 2, 1, now())`,
    [newId("e2eoffer"), roundId, host.id],
  );
  const id = newId("e2eapp");
  await db.query(
    `INSERT INTO "P2PApplication" ("id", "roundId", "applicantId", "visitingHubId", "hostHubId", "status", "role", "startsOn", "endsOn", "people",
       "aim", "plan", "visitorGains", "hostGains", "sharing", "travelMode", "accessibilityNeeds",
       "travelRateCents", "dailyRateCents", "maxGrantCents", "hostGrantCents", "grantCents", "submittedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, 'host_accepted', 'Programme lead', current_date + 40, current_date + 44, 1,
       'both', ARRAY['Arrive and meet the team.', 'A day in the workshop.', 'A day in the workshop.', 'Open studio.', 'A closing evening.'],
       'How a print studio runs its open days.', 'Our way of running residencies.', 'A talk at the closing evening.', 'train', 'Step-free access, please.',
       35000, 16500, 117500, 50000, 117500, now() - interval '20 days', now())`,
    [id, roundId, people.applicantId, visiting.id, host.id],
  );
  await db.query(
    `INSERT INTO "P2PHostRequest" ("id", "applicationId", "hostHubId", "status", "dueAt", "message", "answeredById", "answeredAt")
     VALUES ($1, $2, $3, 'accepted', now() - interval '6 days', 'Any week in spring suits us.', $4, now() - interval '15 days')`,
    [`${id}-request`, id, host.id, people.hostOwnerId],
  );
  return { id, requestId: `${id}-request`, visiting: { ...visiting, name: names.visiting }, host: { ...host, name: names.host } };
}

/** Puts the accounts on the round's panel. */
export async function addPanelists(roundId: string, userIds: string[]) {
  for (const userId of userIds) {
    await db.query(`INSERT INTO "P2PPanelist" ("id", "roundId", "userId") VALUES ($1, $2, $3)`, [newId("e2epanel"), roundId, userId]);
  }
}

/** An assignment written directly (as a buggy or older assignment would be), still to confirm. */
export async function insertAssignment(roundId: string, applicationId: string, reviewerId: string): Promise<string> {
  const id = newId("e2eassign");
  await db.query(`INSERT INTO "P2PAssignment" ("id", "roundId", "applicationId", "reviewerId") VALUES ($1, $2, $3, $4)`, [id, roundId, applicationId, reviewerId]);
  return id;
}
