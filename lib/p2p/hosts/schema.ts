// What the hosting form and its "stop hosting" button accept. Client-safe.
import { z } from "zod";
import { listOf } from "@/lib/form-fields";
import { AVAILABILITY_MAX, HOSTING_LANGUAGES, OFFER_MAX, PLACES_MAX, PLACES_MIN } from "@/lib/p2p/hosts/rules";

const id = z.string().min(1).max(40);

/** A hub in a round: the ids are checked again on the server (owned, published, hostable). */
export const hostingTargetSchema = z.object({ hubId: id, roundId: id });

export const hostingSchema = hostingTargetSchema.extend({
  offer: z.string({ error: "p2pHosting.errors.offerMissing" }).trim().min(1, "p2pHosting.errors.offerMissing").max(OFFER_MAX, "p2pHosting.errors.offerTooLong"),
  availability: z
    .string({ error: "p2pHosting.errors.availabilityMissing" })
    .trim()
    .min(1, "p2pHosting.errors.availabilityMissing")
    .max(AVAILABILITY_MAX, "p2pHosting.errors.availabilityTooLong"),
  languages: listOf(z.enum(HOSTING_LANGUAGES))
    .refine((codes) => codes.length > 0, "p2pHosting.errors.languagesMissing")
    .transform((codes) => [...new Set(codes)]),
  /** Chosen from a list (PLACES_MIN to PLACES_MAX): anything else is not a choice. */
  places: z.coerce.number({ error: "p2pHosting.errors.places" }).int("p2pHosting.errors.places").min(PLACES_MIN, "p2pHosting.errors.places").max(PLACES_MAX, "p2pHosting.errors.places"),
});

export type HostingInput = z.output<typeof hostingSchema>;
export type HostingTarget = z.output<typeof hostingTargetSchema>;
