import "server-only";
// Reading hosts: the hubs open to hosting in a round (/p2p, the choice of host on /p2p/apply)
// and, for their owners, the hubs they may open (/account/p2p/hosting).
import { db, type Prisma } from "@/lib/db";

/** More hosts than a round has ever had; a bound so a page never reads without one. */
const MAX_HOSTS = 500;

const hostOfRoundSelect = {
  places: true,
  placesTaken: true,
  languages: true,
  offer: true,
  availability: true,
  hub: { select: { id: true, slug: true, name: true, city: true, countryCode: true } },
} satisfies Prisma.P2PHostOfferSelect;

export type HostOfRound = {
  id: string;
  slug: string;
  name: string;
  city: string;
  countryCode: string;
  places: number;
  placesTaken: number;
  languages: string[];
  offer: string;
  availability: string;
};

/**
 * The published hubs hosting in a round, by country then name: what anyone may see of them
 * (never their owners or contact address). Full hosts are included, with their places taken.
 */
export async function hostsOfRound(roundId: string): Promise<HostOfRound[]> {
  const offers = await db.p2PHostOffer.findMany({
    where: { roundId, hub: { status: "published" } },
    select: hostOfRoundSelect,
    orderBy: [{ hub: { countryCode: "asc" } }, { hub: { name: "asc" } }, { hubId: "asc" }],
    take: MAX_HOSTS,
  });
  return offers.map(({ hub, ...offer }) => ({ ...hub, ...offer }));
}
