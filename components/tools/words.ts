import { languageName } from "@/lib/language-names";

// How the library's pages say numbers and languages in the reader's language: Intl does it, so
// no language needs messages for them. The formatters are made once per language, not per card.

const listFormats = new Map<string, Intl.ListFormat>();

/** Several languages' names as a list: "English and Spanish". */
export function languageList(codes: readonly string[], reader: string): string {
  let list = listFormats.get(reader);
  if (!list) listFormats.set(reader, (list = new Intl.ListFormat(reader, { type: "conjunction" })));
  return list.format(codes.map((c) => languageName(c, reader)));
}

/** "1 hour, 30 minutes" in the reader's language. */
export function durationText(minutes: number, reader: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: "hour" | "minute") => new Intl.NumberFormat(reader, { style: "unit", unit: name, unitDisplay: "long" }).format(value);
  const parts = [...(hours ? [unit(hours, "hour")] : []), ...(rest || !hours ? [unit(rest, "minute")] : [])];
  return new Intl.ListFormat(reader, { type: "unit", style: "long" }).format(parts);
}

/** The time a resource takes as ISO 8601 (schema.org's timeRequired): 90 → "PT1H30M". */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ""}${rest || !hours ? `${rest}M` : ""}`;
}

/** A file's size: "2.4 MB", "310 kB". */
export function fileSizeText(bytes: number, reader: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, "megabyte"] : [Math.max(1, Math.round(bytes / 1000)), "kilobyte"];
  return new Intl.NumberFormat(reader, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(value);
}
