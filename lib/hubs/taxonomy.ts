// The words a hub is described with: the codes stored in the database. What they are called in
// each language lives in the catalogue, under hubs.taxonomy.<group>.<code> (and a hub's status
// under hubs.status.<status>). Client-safe (no server imports): the forms and the map's
// filters use these too.
import type { HubFormat, HubKind } from "@/lib/generated/prisma/enums";

type Codes<T extends string> = readonly { value: T }[];

export const HUB_KINDS: Codes<HubKind> = [
  { value: "coworking" },
  { value: "lab" },
  { value: "incubator" },
  { value: "collective" },
  { value: "cooperative" },
  { value: "makerspace" },
  { value: "studio" },
  { value: "network" },
  { value: "other" },
];

export const HUB_FORMATS: Codes<HubFormat> = [{ value: "static" }, { value: "mobile" }, { value: "online" }];

export const DISCIPLINES = [
  { value: "visual-arts" },
  { value: "music" },
  { value: "design" },
  { value: "film-media" },
  { value: "performing-arts" },
  { value: "crafts" },
  { value: "games" },
  { value: "technology" },
  { value: "startups" },
  { value: "architecture" },
  { value: "fashion" },
  { value: "literature" },
  { value: "heritage" },
  { value: "social-innovation" },
] as const;

export const SERVICES = [
  { value: "desks" },
  { value: "studios" },
  { value: "workshop" },
  { value: "event-space" },
  { value: "exhibition" },
  { value: "incubation" },
  { value: "mentoring" },
  { value: "residencies" },
  { value: "training" },
  { value: "funding-advice" },
  { value: "networking" },
  { value: "recording" },
] as const;

export const TEAM_SIZES = [{ value: "1-5" }, { value: "6-20" }, { value: "21-50" }, { value: "51+" }] as const;

export const MEMBER_COUNTS = [{ value: "1-20" }, { value: "21-100" }, { value: "101-500" }, { value: "500+" }] as const;

/** Each list under the name of its part of the catalogue (hubs.taxonomy.<group>). */
export const TAXONOMY = {
  kinds: HUB_KINDS,
  formats: HUB_FORMATS,
  disciplines: DISCIPLINES,
  services: SERVICES,
  teamSizes: TEAM_SIZES,
  memberCounts: MEMBER_COUNTS,
} as const;

export type TaxonomyGroup = keyof typeof TAXONOMY;
type CodeOf<G extends TaxonomyGroup> = (typeof TAXONOMY)[G][number]["value"];

/** A key of hubs.taxonomy: "kinds.lab", "teamSizes.1-5". */
export type TaxonomyKey = { [G in TaxonomyGroup]: `${G}.${CodeOf<G>}` }[TaxonomyGroup];

/** The catalogue's words for the codes: `useTranslations("hubs.taxonomy")` or `await getTranslations("hubs.taxonomy")`. */
export type TaxonomyWords = { (key: TaxonomyKey): string; has(key: TaxonomyKey): boolean };

/** A code's word; the code itself if the catalogue has none (a value stored before the list changed). */
export function labelOf(words: TaxonomyWords, group: TaxonomyGroup, value: string): string {
  const key = `${group}.${value}` as TaxonomyKey;
  return words.has(key) ? words(key) : value;
}

/** A group's codes with their words, in the list's order: the options of a select or a set of choices. */
export const optionsOf = <G extends TaxonomyGroup>(words: TaxonomyWords, group: G): { value: CodeOf<G>; label: string }[] =>
  TAXONOMY[group].map(({ value }: { value: CodeOf<G> }) => ({ value, label: words(`${group}.${value}` as TaxonomyKey) }));

