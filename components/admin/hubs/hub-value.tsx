// A hub's reviewed fields as a moderator reads them: a label for each, and each value in words.
import { useTranslations } from "next-intl";
import type { REVIEWED_FIELDS } from "@/lib/hubs/rules";
import { labelOf, type TaxonomyGroup } from "@/lib/hubs/taxonomy";
import { countryName } from "@/lib/countries";
import { mediaUrl } from "@/lib/storage/urls";

export type ReviewedField = (typeof REVIEWED_FIELDS)[number];

export const FIELD_LABELS: Record<ReviewedField, string> = {
  name: "Name",
  kind: "Kind",
  format: "Format",
  disciplines: "Disciplines",
  services: "Services and facilities",
  summary: "Short description",
  story: "Story",
  website: "Website",
  socialLinks: "Social links",
  contactEmail: "Contact email (private)",
  address: "Address",
  city: "Town or city",
  countryCode: "Country",
  latitude: "Latitude",
  longitude: "Longitude",
  foundedYear: "Founded in",
  teamSize: "Team size",
  membersCount: "Members",
  openToExchanges: "Open to hosting P2P exchanges",
  imageKey: "Logo or photo",
  imageAlt: "Image description",
};

const OPTIONS: Partial<Record<ReviewedField, TaxonomyGroup>> = {
  kind: "kinds",
  format: "formats",
  disciplines: "disciplines",
  services: "services",
  teamSize: "teamSizes",
  membersCount: "memberCounts",
};

/** A value in words: labels for codes, "Yes"/"No", lists as lists, the image itself. */
export function HubValue({ field, value }: { field: ReviewedField; value: unknown }) {
  const words = useTranslations("hubs.taxonomy");
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    return <span className="text-stone-600">Not given</span>;
  }
  if (field === "imageKey" && typeof value === "string") {
    // eslint-disable-next-line @next/next/no-img-element -- a stored upload, already resized
    return <img src={mediaUrl(value)} alt="The hub's logo or photo" className="max-h-32 max-w-full rounded border border-stone-200" />;
  }
  if (Array.isArray(value)) {
    const options = OPTIONS[field];
    return (
      <ul className="list-disc pl-5">
        {value.map((v) => (
          <li key={String(v)}>{options ? labelOf(words, options, String(v)) : String(v)}</li>
        ))}
      </ul>
    );
  }
  if (typeof value === "boolean") return <>{value ? "Yes" : "No"}</>;
  if (field === "countryCode") return <>{countryName(String(value))}</>;
  const options = OPTIONS[field];
  return <span className="whitespace-pre-wrap">{options ? labelOf(words, options, String(value)) : String(value)}</span>;
}
