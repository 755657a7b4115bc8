// Which countries' hubs may take part in a round: Creative Europe's programme countries, which
// change over time, so each round keeps its own list (staff edit it). Sources in
// ../shared/seed/p2p-scheme.md. Only countries a hub on the map can be in (lib/countries.ts):
// Tunisia, in the 2021–2027 culture strand, has no hubs here. Client-safe.
import type { COUNTRY_CODES } from "@/lib/countries";

type Code = (typeof COUNTRY_CODES)[number];

const EU_27: readonly Code[] = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
  "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/**
 * The 2014–2020 programme at the time of ECHN's Round 2 (2017): the then 28 member states, the
 * UK included; Iceland and Norway; Albania, Bosnia and Herzegovina, Montenegro, North Macedonia
 * and Serbia (agreements of 2014); Georgia, Moldova, Turkey and Ukraine (listed by January 2016).
 * Armenia and Kosovo joined later (2018).
 */
export const PROGRAMME_COUNTRIES_2017: readonly Code[] = [...EU_27, "GB", "IS", "NO", "AL", "BA", "ME", "MK", "RS", "GE", "MD", "TR", "UA"];

/**
 * The current programme (2021–2027, the Swedish Arts Council's list of third countries, 2022),
 * where new rounds start: the 27 member states; Montenegro, North Macedonia and Serbia;
 * Albania and Bosnia and Herzegovina; Georgia and Ukraine (culture and cross-sectoral strands);
 * Kosovo (culture). The UK no longer takes part. The source names no other country; staff
 * check the programme's own page and edit a round's list.
 */
export const PROGRAMME_COUNTRIES_CURRENT: readonly Code[] = [...EU_27, "ME", "MK", "RS", "AL", "BA", "GE", "UA", "XK"];
