// The words a hub is described with: codes stored in the database, labels shown to people.
// Client-safe (no server imports): the forms and the map's filters use these too.
import type { HubFormat, HubKind, HubStatus } from "@/lib/generated/prisma/enums";

type Options<T extends string> = readonly { value: T; label: string }[];

export const HUB_KINDS: Options<HubKind> = [
  { value: "coworking", label: "Coworking space" },
  { value: "lab", label: "Lab" },
  { value: "incubator", label: "Incubator or accelerator" },
  { value: "collective", label: "Collective" },
  { value: "cooperative", label: "Co-operative" },
  { value: "makerspace", label: "Makerspace or fab lab" },
  { value: "studio", label: "Studio" },
  { value: "network", label: "Network or online community" },
  { value: "other", label: "Other" },
];

export const HUB_FORMATS: Options<HubFormat> = [
  { value: "static", label: "In one place" },
  { value: "mobile", label: "Mobile (travels)" },
  { value: "online", label: "Online" },
];

export const DISCIPLINES = [
  { value: "visual-arts", label: "Visual arts" },
  { value: "music", label: "Music" },
  { value: "design", label: "Design" },
  { value: "film-media", label: "Film and media" },
  { value: "performing-arts", label: "Performing arts" },
  { value: "crafts", label: "Crafts" },
  { value: "games", label: "Games" },
  { value: "technology", label: "App development and technology" },
  { value: "startups", label: "Start-ups and entrepreneurship" },
  { value: "architecture", label: "Architecture" },
  { value: "fashion", label: "Fashion" },
  { value: "literature", label: "Literature and publishing" },
  { value: "heritage", label: "Heritage" },
  { value: "social-innovation", label: "Social innovation" },
] as const;

export const SERVICES = [
  { value: "desks", label: "Desks" },
  { value: "studios", label: "Studios" },
  { value: "workshop", label: "Workshop or maker equipment" },
  { value: "event-space", label: "Event space" },
  { value: "exhibition", label: "Exhibition space" },
  { value: "incubation", label: "Incubation" },
  { value: "mentoring", label: "Mentoring" },
  { value: "residencies", label: "Residencies" },
  { value: "training", label: "Training" },
  { value: "funding-advice", label: "Funding advice" },
  { value: "networking", label: "Networking" },
  { value: "recording", label: "Recording or media production" },
] as const;

export const TEAM_SIZES = [
  { value: "1-5", label: "1–5 people" },
  { value: "6-20", label: "6–20 people" },
  { value: "21-50", label: "21–50 people" },
  { value: "51+", label: "More than 50 people" },
] as const;

export const MEMBER_COUNTS = [
  { value: "1-20", label: "Up to 20 members" },
  { value: "21-100", label: "21–100 members" },
  { value: "101-500", label: "101–500 members" },
  { value: "500+", label: "More than 500 members" },
] as const;

export const HUB_STATUS_LABELS: Record<HubStatus, string> = {
  pending: "Waiting for review",
  published: "Published",
  changes_requested: "Changes requested",
  rejected: "Not accepted",
  archived: "Archived",
};

export const labelOf = <T extends string>(options: readonly { value: T; label: string }[], value: string): string =>
  options.find((o) => o.value === value)?.label ?? value;
