// The grant agreement as plain functions: when the report is due, and what a typed name must
// be. Client-safe.
import { addDays, isoDate } from "@/lib/calendar";

/** The report is due this many days after the exchange's last day (i-Portunus asks the same: within 2 weeks of return). */
export const REPORT_DAYS = 14;

/**
 * The typed name. Required and bounded, but not compared with the account's name: people sign
 * with their full legal name, which a display name ("Ana M.") need not match, and a loose
 * comparison would refuse real people while stopping nobody. The site records the name typed,
 * the account that typed it, the terms and the time.
 */
export const SIGN_NAME_MIN = 2;
export const SIGN_NAME_MAX = 120;

/** The report's due day (date-only, midnight UTC): REPORT_DAYS after the exchange's last day. */
export const reportDueOn = (endsOn: Date): Date => new Date(`${addDays(isoDate(endsOn), REPORT_DAYS)}T00:00:00Z`);
