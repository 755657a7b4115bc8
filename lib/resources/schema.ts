// The public library's filters, read from the address (/tools?q=…&type=…&topic=…&language=…
// &level=…&sort=…&page=…): one value per filter, a value that is not the library's ignored and
// reported (the page says so), the words bounded by lib/search/words.ts. Client-safe.
import type { ResourceLevel, ResourceType } from "@/lib/generated/prisma/enums";
import { firstValue } from "@/lib/page-number";
import { searchWords } from "@/lib/search/words";
import { isResourceLanguage, isTopic, RESOURCE_LEVELS, RESOURCE_TYPES, type ResourceLanguage, type Topic } from "@/lib/resources/taxonomy";

export const RESOURCES_PAGE_SIZE = 12;

/** "relevance" orders by how well the words match: only with words. */
export const RESOURCE_SORTS = ["relevance", "newest", "title"] as const;
export type ResourceSort = (typeof RESOURCE_SORTS)[number];

export type ResourceFilters = { q?: string; type?: ResourceType; topic?: Topic; language?: ResourceLanguage; level?: ResourceLevel; sort?: ResourceSort };

/** The filters whose counts the page shows (each counted with every other filter but its own). */
export const RESOURCE_FACETS = ["type", "topic", "language", "level"] as const;
export type ResourceFacet = (typeof RESOURCE_FACETS)[number];

export type IgnoredResourceFilter = { filter: ResourceFacet | "sort"; value: string };

const isType = (v: string): v is ResourceType => RESOURCE_TYPES.includes(v as ResourceType);
const isLevel = (v: string): v is ResourceLevel => RESOURCE_LEVELS.includes(v as ResourceLevel);
const isSort = (v: string): v is ResourceSort => RESOURCE_SORTS.includes(v as ResourceSort);

/** The order a list takes when the address names none: best match first when searching, else newest. */
export const defaultSort = (filters: Pick<ResourceFilters, "q">): ResourceSort => (filters.q ? "relevance" : "newest");

/** The order the list is in: the address's, unless it asks for relevance without words. */
export const sortOf = (filters: ResourceFilters): ResourceSort => (filters.sort && (filters.sort !== "relevance" || filters.q) ? filters.sort : defaultSort(filters));

export function readResourceFilters(params: Record<string, string | string[] | undefined>): { filters: ResourceFilters; ignored: IgnoredResourceFilter[] } {
  const filters: ResourceFilters = {};
  const ignored: IgnoredResourceFilter[] = [];
  const q = searchWords(params.q);
  if (q) filters.q = q;
  const read = <T extends string>(filter: ResourceFacet | "sort", accept: (v: string) => v is T, set: (v: T) => void) => {
    const value = firstValue(params[filter]);
    if (!value) return;
    if (value.length <= 40 && accept(value)) set(value);
    else ignored.push({ filter, value });
  };
  read("type", isType, (v) => (filters.type = v));
  read("topic", (v): v is Topic => isTopic(v), (v) => (filters.topic = v));
  read("language", (v): v is ResourceLanguage => isResourceLanguage(v), (v) => (filters.language = v));
  read("level", isLevel, (v) => (filters.level = v));
  read("sort", isSort, (v) => (filters.sort = v));
  // "relevance" without words is no order of its own: the default, said nothing about.
  if (filters.sort && filters.sort === defaultSort(filters)) delete filters.sort;
  if (filters.sort === "relevance" && !filters.q) delete filters.sort;
  return { filters, ignored };
}

/** "/tools?q=hub&type=guide&page=2": the filters in a fixed order, empty ones and the default order left out. */
export function resourcesPageHref(filters: ResourceFilters, page = 1): string {
  const query = new URLSearchParams();
  if (filters.q) query.set("q", filters.q);
  for (const facet of RESOURCE_FACETS) if (filters[facet]) query.set(facet, filters[facet]);
  const sort = sortOf(filters);
  if (sort !== defaultSort(filters)) query.set("sort", sort);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/tools?${text}` : "/tools";
}

export const isResourceFiltered = (f: ResourceFilters) => Boolean(f.q || RESOURCE_FACETS.some((facet) => f[facet]));
