// What the staff round form accepts, with a message beside each field (catalogue keys:
// staff.p2p.rounds.errors.*), what a round needs before applicants may read it, and the
// staff decisions on a round. Money is typed in euros ("350", "350.50", "1,175") and kept in
// whole cents. Client-safe.
import { z } from "zod";
import { isoDate, parseIsoDay } from "@/lib/calendar";
import { COUNTRY_CODES } from "@/lib/countries";
import { blankToUndefined, listOf, optional } from "@/lib/form-fields";
import { msg, type MessageKey, type Msg } from "@/lib/message";
import { PROGRAMME_COUNTRIES_CURRENT } from "@/lib/p2p/rounds/countries";
import { ROUND_DECISIONS } from "@/lib/p2p/rounds/workflow";
import { MAX_ROUND_RULES_CHARS, MAX_ROUND_SUMMARY_CHARS } from "@/lib/p2p/rounds/limits";

export const MAX_STAY_DAYS = 365;
export const MAX_HOST_ANSWER_DAYS = 90;
/** Ten million euros less a cent: above any budget the network ran, and within a 32-bit column. */
const MAX_CENTS = 999_999_999;

const key = (k: MessageKey) => k;

// ---------------------------------------------------------------- money

/**
 * Euros as staff type them, in whole cents: "350" → 35000, "350.5" → 35050, "1,175.00" →
 * 117500, "€ 165" → 16500. Null for anything else ("350,50", "-5", "1e3", "12.345"): a comma
 * is read only as a thousands separator, never as a decimal one, so nothing is guessed.
 */
export function parseEuros(text: string): number | null {
  const trimmed = text.trim().replace(/^(€|EUR)\s*/i, "");
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(trimmed);
  if (!match) return null;
  const whole = Number(match[1]!.replace(/,/g, ""));
  const cents = whole * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as the form shows them again: "350", "350.50". */
export const centsToEuros = (cents: number | null): string =>
  cents === null ? "" : cents % 100 === 0 ? String(cents / 100) : `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

const euros = z.string().transform((text, ctx) => {
  const cents = parseEuros(text);
  if (cents === null) ctx.addIssue({ code: "custom", message: key("staff.p2p.rounds.errors.money") });
  else if (cents > MAX_CENTS) ctx.addIssue({ code: "custom", message: key("staff.p2p.rounds.errors.moneyTooLarge") });
  else return cents;
  return z.NEVER;
});

// ---------------------------------------------------------------- days and numbers

const day = z.string().transform((v, ctx) => {
  const date = parseIsoDay(v);
  if (date) return date;
  ctx.addIssue({ code: "custom", message: key("staff.p2p.rounds.errors.day") });
  return z.NEVER;
});

const wholeNumber = (max: number, message: MessageKey) =>
  z.string().transform((v, ctx) => {
    const n = /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= max) return n;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });

/** Whether the runtime knows the zone ("Europe/Brussels"): the window's days are read in it. */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const text = (field: "name" | "summary", min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: key(`staff.p2p.rounds.errors.${field}.missing`) })
      .trim()
      .min(min, key(`staff.p2p.rounds.errors.${field}.tooShort`))
      .max(max, key(`staff.p2p.rounds.errors.${field}.tooLong`)),
  );

const flag = z.preprocess((v) => [v].flat().some((x) => x === "1" || x === "on"), z.boolean());

// ---------------------------------------------------------------- the form

const roundFields = z.object({
  name: text("name", 3, 160),
  summary: text("summary", 10, MAX_ROUND_SUMMARY_CHARS),
  rules: optional(z.string().trim().max(MAX_ROUND_RULES_CHARS, key("staff.p2p.rounds.errors.rulesTooLong"))),
  opensOn: optional(day),
  closesOn: optional(day),
  timeZone: z.preprocess(blankToUndefined, z.string({ error: key("staff.p2p.rounds.errors.timeZone") }).trim().refine(isTimeZone, key("staff.p2p.rounds.errors.timeZone"))),
  exchangesFrom: optional(day),
  exchangesUntil: optional(day),
  periodPrecision: z.enum(["day", "month"], { error: key("staff.p2p.rounds.errors.periodPrecision") }),
  maxStayDays: optional(wholeNumber(MAX_STAY_DAYS, key("staff.p2p.rounds.errors.maxStayDays"))),
  peoplePerExchange: z.enum(["1", "2"], { error: key("staff.p2p.rounds.errors.peoplePerExchange") }).transform(Number),
  travelRate: optional(euros),
  dailyRate: optional(euros),
  hostGrant: optional(euros),
  maxGrant: optional(euros),
  budget: optional(euros),
  hostAnswerDays: optional(wholeNumber(MAX_HOST_ANSWER_DAYS, key("staff.p2p.rounds.errors.hostAnswerDays"))),
  membershipRequired: flag,
  countries: listOf(z.enum(COUNTRY_CODES, { error: key("staff.p2p.rounds.errors.countries") })),
  /** "Reset to the current programme list": the ticks are replaced by PROGRAMME_COUNTRIES_CURRENT. */
  resetCountries: flag,
});

type RoundFields = z.output<typeof roundFields>;

/** The round's columns, as the form gives them. */
export type RoundInput = {
  name: string;
  summary: string;
  rules: string;
  opensOn: Date | null;
  closesOn: Date | null;
  timeZone: string;
  exchangesFrom: Date | null;
  exchangesUntil: Date | null;
  periodPrecision: "day" | "month";
  maxStayDays: number | null;
  peoplePerExchange: number;
  travelRateCents: number | null;
  dailyRateCents: number | null;
  hostGrantCents: number | null;
  maxGrantCents: number | null;
  budgetCents: number | null;
  hostAnswerDays: number | null;
  membershipRequired: boolean;
  countries: string[];
};

const toColumns = (f: RoundFields): RoundInput => ({
  name: f.name,
  summary: f.summary,
  rules: f.rules ?? "",
  opensOn: f.opensOn ?? null,
  closesOn: f.closesOn ?? null,
  timeZone: f.timeZone,
  exchangesFrom: f.exchangesFrom ?? null,
  exchangesUntil: f.exchangesUntil ?? null,
  periodPrecision: f.periodPrecision,
  maxStayDays: f.maxStayDays ?? null,
  peoplePerExchange: f.peoplePerExchange,
  travelRateCents: f.travelRate ?? null,
  dailyRateCents: f.dailyRate ?? null,
  hostGrantCents: f.hostGrant ?? null,
  maxGrantCents: f.maxGrant ?? null,
  budgetCents: f.budget ?? null,
  hostAnswerDays: f.hostAnswerDays ?? null,
  membershipRequired: f.membershipRequired,
  countries: f.resetCountries ? [...PROGRAMME_COUNTRIES_CURRENT].sort() : [...new Set(f.countries)].sort(),
});

// ---------------------------------------------------------------- what publishing needs

/** What applicants need of a round, as the columns hold it. */
export type PublishFacts = Pick<
  RoundInput,
  "opensOn" | "closesOn" | "exchangesFrom" | "exchangesUntil" | "maxStayDays" | "travelRateCents" | "dailyRateCents" | "hostGrantCents" | "maxGrantCents" | "hostAnswerDays"
> & { countries: readonly string[] };

/** Each fact a round needs before publishing: its form field, and the message beside it. */
const NEEDED: readonly { column: keyof PublishFacts; field: string; missing: MessageKey }[] = [
  { column: "opensOn", field: "opensOn", missing: "staff.p2p.rounds.errors.publish.opensOn" },
  { column: "closesOn", field: "closesOn", missing: "staff.p2p.rounds.errors.publish.closesOn" },
  { column: "exchangesFrom", field: "exchangesFrom", missing: "staff.p2p.rounds.errors.publish.exchangesFrom" },
  { column: "exchangesUntil", field: "exchangesUntil", missing: "staff.p2p.rounds.errors.publish.exchangesUntil" },
  { column: "maxStayDays", field: "maxStayDays", missing: "staff.p2p.rounds.errors.publish.maxStayDays" },
  { column: "travelRateCents", field: "travelRate", missing: "staff.p2p.rounds.errors.publish.travelRate" },
  { column: "dailyRateCents", field: "dailyRate", missing: "staff.p2p.rounds.errors.publish.dailyRate" },
  { column: "hostGrantCents", field: "hostGrant", missing: "staff.p2p.rounds.errors.publish.hostGrant" },
  { column: "maxGrantCents", field: "maxGrant", missing: "staff.p2p.rounds.errors.publish.maxGrant" },
  { column: "hostAnswerDays", field: "hostAnswerDays", missing: "staff.p2p.rounds.errors.publish.hostAnswerDays" },
  { column: "countries", field: "countries", missing: "staff.p2p.rounds.errors.publish.countries" },
];

export type PublishGap = { field: string; reason: Msg };

/**
 * What a round lacks before applicants may read it, in the form's order: the window, the
 * exchange period, the longest stay, the rates and the largest grant, the host's days to
 * answer, and at least one country. Empty when it may be published. The budget is not
 * needed: no source gives it for ECHN's rounds, and the page says "not published".
 */
export function publishGaps(round: PublishFacts): PublishGap[] {
  return NEEDED.filter(({ column }) => {
    const value = round[column];
    return value === null || (Array.isArray(value) && value.length === 0);
  }).map(({ field, missing }) => ({ field, reason: msg(missing) }));
}

/** The fields of a form that may have parsed: each that does, the others left out. */
function fieldsThatParse(input: unknown): Partial<RoundFields> {
  const sent = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const parsed: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(roundFields.shape)) {
    const result = field.safeParse(sent[name]);
    if (result.success) parsed[name] = result.data;
  }
  return parsed as Partial<RoundFields>;
}

/**
 * The rules that compare fields (the window and the period in order), and for a round that
 * applicants read, what publishing needs. They run on every field that parses, whatever else
 * is wrong, so the form shows all its messages at once; a field refused for its own rules
 * keeps that one message.
 */
function compareFields(f: Partial<RoundFields>, ctx: z.RefinementCtx, refused: ReadonlySet<string>, publishing: boolean) {
  const issue = (path: string, message: MessageKey) => {
    if (!refused.has(path)) ctx.addIssue({ code: "custom", path: [path], message });
  };
  if (f.opensOn && f.closesOn && f.closesOn < f.opensOn) issue("closesOn", "staff.p2p.rounds.errors.closesBeforeOpens");
  if (f.exchangesFrom && f.exchangesUntil && f.exchangesUntil < f.exchangesFrom) issue("exchangesUntil", "staff.p2p.rounds.errors.untilBeforeFrom");
  if (!publishing) return;
  const countries = f.resetCountries ? PROGRAMME_COUNTRIES_CURRENT : (f.countries ?? []);
  const facts: PublishFacts = {
    opensOn: f.opensOn ?? null,
    closesOn: f.closesOn ?? null,
    exchangesFrom: f.exchangesFrom ?? null,
    exchangesUntil: f.exchangesUntil ?? null,
    maxStayDays: f.maxStayDays ?? null,
    travelRateCents: f.travelRate ?? null,
    dailyRateCents: f.dailyRate ?? null,
    hostGrantCents: f.hostGrant ?? null,
    maxGrantCents: f.maxGrant ?? null,
    hostAnswerDays: f.hostAnswerDays ?? null,
    countries,
  };
  for (const gap of publishGaps(facts)) issue(gap.field, gap.reason.key);
}

/**
 * The staff round form. `publishing`: the round is to be (or is) published, so what
 * applicants need is required too. The output is the round's columns.
 */
export function roundSchema(publishing: boolean) {
  return z.unknown().transform((input, ctx): RoundInput => {
    // zod runs an object's refinements only once every field parses; the comparisons run here
    // on the fields that did, so a missing rate is not held back by a typo elsewhere.
    const fields = roundFields.safeParse(input);
    const issues = fields.error?.issues ?? [];
    for (const issue of issues) ctx.addIssue({ ...issue, code: "custom" });
    compareFields(fields.success ? fields.data : fieldsThatParse(input), ctx, new Set(issues.map((i) => String(i.path[0]))), publishing);
    return fields.success ? toColumns(fields.data) : z.NEVER;
  });
}

/** The form as the action reads it: which schema the intent calls for, and the round it edits. */
export const roundFormIntent = z.object({
  /** "publish": save and publish a draft; "save" otherwise. */
  intent: z.enum(["save", "publish"]).catch("save"),
  /** The status the page showed: a published round is held to what publishing needs (the command checks again). */
  status: z.string().max(40).optional().catch(undefined),
  roundId: z.string().min(1).max(40).optional().catch(undefined),
});

const isoDay = (d: Date | null) => (d ? isoDate(d) : "");
const whole = (n: number | null) => (n === null ? "" : String(n));

/** A stored round as the form's values, to prefill the edit form. */
export function roundFormValues(round: RoundInput | (Omit<RoundInput, "periodPrecision"> & { periodPrecision: string })): Record<string, string | string[]> {
  return {
    name: round.name,
    summary: round.summary,
    rules: round.rules,
    opensOn: isoDay(round.opensOn),
    closesOn: isoDay(round.closesOn),
    timeZone: round.timeZone,
    exchangesFrom: isoDay(round.exchangesFrom),
    exchangesUntil: isoDay(round.exchangesUntil),
    periodPrecision: round.periodPrecision === "month" ? "month" : "day",
    maxStayDays: whole(round.maxStayDays),
    peoplePerExchange: String(round.peoplePerExchange),
    travelRate: centsToEuros(round.travelRateCents),
    dailyRate: centsToEuros(round.dailyRateCents),
    hostGrant: centsToEuros(round.hostGrantCents),
    maxGrant: centsToEuros(round.maxGrantCents),
    budget: centsToEuros(round.budgetCents),
    hostAnswerDays: whole(round.hostAnswerDays),
    ...(round.membershipRequired ? { membershipRequired: "on" } : {}),
    countries: [...round.countries],
  };
}

/** A new round's form: Brussels time, one person per exchange, members only, the current programme's countries. */
export const NEW_ROUND_VALUES: Record<string, string | string[]> = {
  timeZone: "Europe/Brussels",
  periodPrecision: "day",
  peoplePerExchange: "1",
  membershipRequired: "on",
  countries: [...PROGRAMME_COUNTRIES_CURRENT],
};

// ---------------------------------------------------------------- decisions and lists

/** The state moves the status buttons take; publishing goes through the form ("Save and publish"), which shows what is missing beside each field. */
export const roundDecisionSchema = z.object({
  roundId: z.string().min(1).max(40),
  decision: z.enum(ROUND_DECISIONS.filter((d) => d !== "publish") as ["unpublish", "startReview", "releaseResults", "close"], {
    error: key("staff.p2p.rounds.errors.decision"),
  }),
});

export const roundListSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });
