// The grant calculator's reading of what the reader types, and its words: a plain module, so
// the page can name the messages for ClientMessages (a "use client" file's exports reach
// server components only as references). Client-safe.

/** What the calculator says, for its ClientMessages. */
export const CALCULATOR_MESSAGES = ["p2p.calculator"] as const;

/** A whole number from 1 to `max` as typed ("5", " 5 "), or null for anything else ("", "2.5", "0", "6" when max is 5). */
export function countWithin(text: string, max: number): number | null {
  const trimmed = text.trim();
  if (!/^[0-9]{1,4}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= max ? value : null;
}

/**
 * The most days the calculator takes: the round's longest stay. A round that sets none is held
 * to a year, far past any stay such a scheme pays for (the cap applies long before).
 */
export const calculatorMaxDays = (maxStayDays: number | null) => maxStayDays ?? 365;
