// What the three P2P demo rounds (demo-p2p.ts, demo-p2p-review.ts, demo-p2p-results.ts) write
// alike: dates counted from the day a round was first seeded, the demo accounts' and hubs' ids,
// and an application with its request to the host. Each row is written once, found by a fixed
// id or a unique key and left as it is when it exists (`update: {}`).
import type { P2PAim, P2PApplicationStatus, P2PHostRequestStatus, P2PRound, Prisma, PrismaClient, TravelMode } from "@/lib/generated/prisma/client";
import { computeGrant, roundRates, stayDays } from "@/lib/p2p/applications/grant";

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** Dates counted from the seeding day (UTC midnight): date-only values, and instants at an hour of a day. */
export function clockFrom(seededOn: Date, now: Date) {
  const base = seededOn.getTime();
  return {
    now,
    date: (days: number) => new Date(base + days * DAY),
    at: (days: number, hours: number) => new Date(base + days * DAY + hours * HOUR),
  };
}
export type Clock = ReturnType<typeof clockFrom>;

export const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/**
 * The clock of a round seeded `opensDaysBefore` days after its window opened: on a later run
 * the round's stored opening day gives the first seeding day back, so rows added then still fit.
 */
export const roundClock = (round: Pick<P2PRound, "opensOn">, opensDaysBefore: number, now: Date) =>
  clockFrom(round.opensOn ? new Date(round.opensOn.getTime() + opensDaysBefore * DAY) : utcDay(now), now);

export type DemoEmail = `${string}@echn.test`;

/** The demo accounts' and hubs' ids; demo.ts seeds them first. */
export async function demoIds(db: PrismaClient, emails: readonly string[], slugs: readonly string[]) {
  const users = await db.user.findMany({ where: { email: { in: [...emails] } }, select: { id: true, email: true, name: true } });
  const hubs = await db.hub.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } });
  const userId = new Map(users.map((u) => [u.email, u.id]));
  const userName = new Map(users.map((u) => [u.email, u.name]));
  const hubId = new Map(hubs.map((h) => [h.slug, h.id]));
  const missing = [...emails.filter((e) => !userId.has(e)), ...slugs.filter((s) => !hubId.has(s))];
  if (missing.length) throw new Error(`The P2P demo needs the demo accounts and hubs first; missing: ${missing.join(", ")}`);
  const known = (map: Map<string, string>, key: string) => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`The P2P demo did not look up ${key}`);
    return value;
  };
  return { user: (email: string) => known(userId, email), name: (email: string) => known(userName, email), hub: (slug: string) => known(hubId, slug) };
}
export type DemoIds = Awaited<ReturnType<typeof demoIds>>;

type LaterField = "selection" | "selectionById" | "selectionAt" | "agreementTerms" | "agreementName" | "agreementSignedAt" | "reportDueOn" | "paidAt" | "paidCents" | "paymentReference";

export type DemoApplication = {
  id: string;
  status: P2PApplicationStatus;
  applicant: DemoEmail;
  visiting: string;
  host: string;
  role: string;
  /** First and last day of the stay, in days after the seeding day. */
  stay: [number, number];
  partner?: { name: string; role: string; email: string };
  aim: P2PAim | null;
  plan: string[];
  visitorGains: string;
  hostGains: string;
  sharing: string;
  travelMode: TravelMode | null;
  accessibilityNeeds?: string;
  createdAt: Date;
  submittedAt?: Date;
  withdrawnAt?: Date;
  updatedAt: Date;
  /** The request to the host, made on submit. */
  request?: { status: P2PHostRequestStatus; answeredBy?: DemoEmail; answeredAt?: Date; message?: string };
  /** What happened after the host's answer (part 2): the staff's selection, the agreement, the payment. */
  later?: Partial<Pick<Prisma.P2PApplicationUncheckedCreateInput, LaterField>>;
};

type Tx = Prisma.TransactionClient;

/** Hubs open to hosting in a demo round, with the places the accepted requests take. */
export async function writeHostOffers(
  tx: Tx,
  round: { id: string },
  ids: DemoIds,
  clock: Clock,
  hosts: readonly { hub: string; places: number; languages: readonly string[]; daysBefore: number; offer: string; availability: string }[],
  applications: readonly Pick<DemoApplication, "host" | "request">[],
) {
  for (const host of hosts) {
    const hubId = ids.hub(host.hub);
    const placesTaken = applications.filter((a) => a.host === host.hub && a.request?.status === "accepted").length;
    const createdAt = clock.at(-host.daysBefore, 10);
    await tx.p2PHostOffer.upsert({
      where: { roundId_hubId: { roundId: round.id, hubId } },
      create: {
        roundId: round.id, hubId, offer: host.offer, availability: host.availability, languages: [...host.languages],
        places: host.places, placesTaken, createdAt, updatedAt: createdAt,
      },
      update: {},
    });
  }
}

/** An application, its grant from the round's rates, and its request to the host (due after the round's days to answer). */
export async function writeApplication(tx: Tx, round: P2PRound, ids: DemoIds, clock: Clock, demo: DemoApplication, answerDays: number) {
  const { id, applicant, visiting, host, stay, partner, request, later, ...application } = demo;
  const rates = roundRates(round);
  if (!rates) throw new Error(`The demo round ${round.slug} has no rates`);
  const startsOn = clock.date(stay[0]);
  const endsOn = clock.date(stay[1]);
  const people = partner ? 2 : 1;
  const { grantCents } = computeGrant(rates, stayDays(startsOn, endsOn), people);
  await tx.p2PApplication.upsert({
    where: { id },
    create: {
      id, ...application, ...later, roundId: round.id, applicantId: ids.user(applicant), visitingHubId: ids.hub(visiting), hostHubId: ids.hub(host),
      startsOn, endsOn, people, partnerName: partner?.name ?? null, partnerRole: partner?.role ?? null, partnerEmail: partner?.email ?? null,
      ...rates, grantCents,
    },
    update: {},
  });
  if (!request || !application.submittedAt) return;
  const { answeredBy, ...answer } = request;
  await tx.p2PHostRequest.upsert({
    where: { id: `${id}-request` },
    create: {
      id: `${id}-request`, applicationId: id, hostHubId: ids.hub(host), ...answer, answeredById: answeredBy ? ids.user(answeredBy) : null,
      createdAt: application.submittedAt, dueAt: new Date(application.submittedAt.getTime() + answerDays * DAY),
    },
    update: {},
  });
}
