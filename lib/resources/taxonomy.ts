// The library's vocabulary: what a resource may be, be about and be for. Codes only; the pages
// name each in the reader's language (messages `tools.types.*`, `tools.topics.*`, …) and a
// language by Intl.DisplayNames. Client-safe.
import type { ResourceFormat, ResourceLevel, ResourceLicence, ResourceType } from "@/lib/generated/prisma/enums";

export const RESOURCE_TYPES = ["toolkit", "guide", "template", "video", "course", "report", "case_study"] as const satisfies readonly ResourceType[];

/**
 * The Creative Hub Leader's Toolkit's three sections (Nesta, Hivos and the British Council,
 * 2020: leading, connecting, building), then the themes hub leaders ask about.
 */
export const TOPICS = ["leading", "connecting", "building", "funding", "business_models", "community", "space", "programming", "evaluation"] as const;
export type Topic = (typeof TOPICS)[number];
export const isTopic = (v: unknown): v is Topic => TOPICS.includes(v as Topic);

/** Who a resource is written for (schema.org's audience / educationalRole). */
export const AUDIENCES = ["hub_leaders", "hub_teams", "creative_entrepreneurs", "policy_makers", "researchers"] as const;
export type Audience = (typeof AUDIENCES)[number];
export const isAudience = (v: unknown): v is Audience => AUDIENCES.includes(v as Audience);

export const RESOURCE_LEVELS = ["introductory", "intermediate", "advanced"] as const satisfies readonly ResourceLevel[];

export const RESOURCE_LICENCES = ["cc_by", "cc_by_sa", "cc_by_nd", "cc_by_nc", "cc_by_nc_sa", "cc_by_nc_nd", "cc0", "all_rights_reserved"] as const satisfies readonly ResourceLicence[];

/** Each Creative Commons licence's deed (what schema.org's `license` and the page link to). */
export const LICENCE_URLS: Record<ResourceLicence, string | null> = {
  cc_by: "https://creativecommons.org/licenses/by/4.0/",
  cc_by_sa: "https://creativecommons.org/licenses/by-sa/4.0/",
  cc_by_nd: "https://creativecommons.org/licenses/by-nd/4.0/",
  cc_by_nc: "https://creativecommons.org/licenses/by-nc/4.0/",
  cc_by_nc_sa: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
  cc_by_nc_nd: "https://creativecommons.org/licenses/by-nc-nd/4.0/",
  cc0: "https://creativecommons.org/publicdomain/zero/1.0/",
  all_rights_reserved: null,
};

export const RESOURCE_FORMATS = ["pdf", "document", "spreadsheet", "presentation", "archive", "web", "video", "audio"] as const satisfies readonly ResourceFormat[];

/**
 * The languages a resource may be in: the site's six and the others resources come in. BCP 47
 * language codes; pages name them with Intl.DisplayNames in the reader's language.
 */
export const RESOURCE_LANGUAGES = ["en", "el", "pt", "de", "es", "sr", "fr", "it", "nl", "pl", "ro", "bg", "hr", "sl", "cs", "sk", "hu", "uk", "tr", "ar", "id", "zh"] as const;
export type ResourceLanguage = (typeof RESOURCE_LANGUAGES)[number];
export const isResourceLanguage = (v: unknown): v is ResourceLanguage => RESOURCE_LANGUAGES.includes(v as ResourceLanguage);
