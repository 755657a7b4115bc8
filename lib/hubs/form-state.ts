// What the hub form sends back to the page besides messages and values: data, which the
// form renders in the page's language. Client-safe.
import type { FormState } from "@/lib/form-state";
import type { HubInput } from "@/lib/hubs/schema";

/** A listed hub that looks like the one being added. `slug`: published hubs only (a link to their page). */
export type DuplicateView = { id: string; name: string; city: string; countryCode: string; slug: string | null; reason: "website" | "name" };

/** The hub as it will look: the checked values, and the image stored for it. */
export type HubPreviewData = { hub: HubInput; imageKey: string | null };

export type HubFormState = FormState & {
  preview?: HubPreviewData;
  duplicates?: DuplicateView[];
};

type HubColumns = {
  name: string; kind: string; format: string; disciplines: string[]; services: string[]; summary: string; story: string;
  website: string | null; socialLinks: string[]; contactEmail: string; address: string | null; city: string; countryCode: string;
  latitude: number; longitude: number; foundedYear: number | null; teamSize: string | null; membersCount: string | null;
  openToExchanges: boolean; imageKey: string | null; imageAlt: string | null;
};

/** A stored hub as the form's values, to prefill the edit form. */
export function hubFormValues(hub: HubColumns): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    name: hub.name, kind: hub.kind, format: hub.format, disciplines: hub.disciplines, services: hub.services, summary: hub.summary,
    story: hub.story, website: hub.website ?? "", socialLinks: hub.socialLinks.join("\n"), contactEmail: hub.contactEmail,
    address: hub.address ?? "", city: hub.city, countryCode: hub.countryCode, latitude: String(hub.latitude), longitude: String(hub.longitude),
    foundedYear: hub.foundedYear ? String(hub.foundedYear) : "", teamSize: hub.teamSize ?? "", membersCount: hub.membersCount ?? "",
    imageKey: hub.imageKey ?? "", imageAlt: hub.imageAlt ?? "",
  };
  if (hub.openToExchanges) values.openToExchanges = "on";
  return values;
}
