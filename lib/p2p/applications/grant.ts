// The visiting hub's grant, from the rates a round publishes (creativehubs.net, P2P page):
// travel per person × people + daily allowance × days × people, capped at the round's largest
// grant per exchange. ECHN's Round 2: EUR 350 + 5 × EUR 165 = EUR 1,175 for one person. The
// host's grant is separate. Amounts are whole euro cents. Client-safe: the calculator on /p2p
// and the application form show the same sum the server stores.

import { DAY_MS } from "@/lib/calendar";

export type Rates = { travelRateCents: number; dailyRateCents: number; maxGrantCents: number; hostGrantCents: number };

export type Grant = {
  travelCents: number;
  allowanceCents: number;
  /** What the visiting hub receives: travel and allowance, capped. */
  grantCents: number;
  /** Whether the cap cut the sum. */
  capped: boolean;
  hostGrantCents: number;
  /** Both grants: what the exchange costs the round's budget. */
  totalCents: number;
};

export function computeGrant(rates: Rates, days: number, people: number): Grant {
  const travelCents = rates.travelRateCents * people;
  const allowanceCents = rates.dailyRateCents * days * people;
  const uncapped = travelCents + allowanceCents;
  const grantCents = Math.min(uncapped, rates.maxGrantCents);
  return { travelCents, allowanceCents, grantCents, capped: uncapped > rates.maxGrantCents, hostGrantCents: rates.hostGrantCents, totalCents: grantCents + rates.hostGrantCents };
}

/** Days of a stay from its first to its last day, both counted (date-only values). */
export const stayDays = (startsOn: Date, endsOn: Date): number => Math.round((endsOn.getTime() - startsOn.getTime()) / DAY_MS) + 1;

/** A round's rates, when it published all of them (a past round may not have). */
export function roundRates(round: { travelRateCents: number | null; dailyRateCents: number | null; maxGrantCents: number | null; hostGrantCents: number | null }): Rates | null {
  const { travelRateCents, dailyRateCents, maxGrantCents, hostGrantCents } = round;
  if (travelRateCents === null || dailyRateCents === null || maxGrantCents === null || hostGrantCents === null) return null;
  return { travelRateCents, dailyRateCents, maxGrantCents, hostGrantCents };
}
