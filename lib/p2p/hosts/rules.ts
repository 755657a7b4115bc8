// Opening a hub to hosting in a round: its limits, and when it is refused, as plain functions
// returning codes (p2pHosting.errors.*). The account page offers only what these allow; the
// commands check them again on what the database says. Client-safe.
import { msg, type Msg } from "@/lib/message";
import { roundWindow, type WindowState } from "@/lib/p2p/rounds/rules";
import type { P2PRoundStatus } from "@/lib/generated/prisma/enums";
import { languageName } from "@/lib/language-names";

/**
 * The languages a host may say it speaks (ISO 639-1): the EU's 24 official languages, then
 * those of the other countries that take part in Creative Europe or did in ECHN's time
 * (Albanian, Macedonian, Serbian, Bosnian, Ukrainian, Georgian, Turkish, Icelandic,
 * Norwegian). A bounded list: a checkbox each, and nothing else is stored.
 */
export const HOSTING_LANGUAGES = [
  "bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it", "lv", "lt", "mt", "pl", "pt", "ro", "sk", "sl", "es", "sv",
  "sq", "mk", "sr", "bs", "uk", "ka", "tr", "is", "no",
] as const;
export type HostingLanguage = (typeof HOSTING_LANGUAGES)[number];

/** How many exchanges a host may take in one round: at least one, and no more than a small hub can welcome. */
export const PLACES_MIN = 1;
export const PLACES_MAX = 10;

/** What the host writes: a few paragraphs of what it offers, a line or two of when. */
export const OFFER_MAX = 2000;
export const AVAILABILITY_MAX = 500;

export { languageName };

/** Languages as options or a list, in the alphabetical order of their names in `locale`. */
export const languageOptions = (codes: readonly string[], locale: string) =>
  codes.map((value) => ({ value, label: languageName(value, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));

type HostableRound = { status: P2PRoundStatus; opensOn: Date | null; closesOn: Date | null; timeZone: string; countries: readonly string[] };

/** A hub may open to hosting (and change or stop it) while the round takes applications or before it opens. */
export const isHostable = (window: WindowState) => window.state === "open" || window.state === "not-open";

/**
 * Why a host's offer in this round may not change now (nor stop), or null when it may. A draft
 * round is not found at all (the commands' where says so); this covers a round whose window
 * has closed.
 */
export const changeRefusal = (round: HostableRound, now: Date): Msg | null => (isHostable(roundWindow(round, now)) ? null : msg("p2pHosting.errors.roundClosed"));

/**
 * Why this hub may not open to hosting in this round now, or null when it may: the round's
 * window has closed, or the round does not include the hub's country (applicants could not
 * choose it). A hub already hosting stays, should staff take its country off the list.
 */
export const hostingRefusal = (round: HostableRound, hub: { countryCode: string }, now: Date): Msg | null =>
  changeRefusal(round, now) ?? (round.countries.includes(hub.countryCode) ? null : msg("p2pHosting.errors.countryNotInRound"));

/**
 * Whether `e` is the database's refusal of the places (the CHECK placesTaken BETWEEN 0 AND places
 * of the P2P migration), as the driver reports it: in the message or the meta. Accepting a
 * request and changing an offer's places both turn it into their own refusal.
 */
export const isPlacesCheckViolation = (e: unknown): boolean =>
  (String((e as Error)?.message ?? "") + JSON.stringify((e as { meta?: unknown })?.meta ?? "")).includes("P2PHostOffer_places_taken_within");

/** The places may go down, but never below the exchanges the host has already agreed to. */
export const placesRefusal = (places: number, placesTaken: number): Msg | null =>
  places < placesTaken ? msg("p2pHosting.errors.placesBelowTaken", { taken: placesTaken }) : null;

/** A host may stop only while nobody waits for its answer or counts on its agreement. */
export const stopRefusal = (openRequests: number): Msg | null =>
  openRequests > 0 ? msg("p2pHosting.errors.requestsOpen", { count: openRequests }) : null;
