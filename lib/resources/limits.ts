// How much the staff resource form takes: its texts, its link, its years and its relations.
// Client-safe, without zod: the form imports it.

export const MAX_RESOURCE_TITLE = 200;
export const MAX_RESOURCE_SUMMARY = 400;
export const MAX_RESOURCE_DESCRIPTION = 20_000;
export const MAX_RESOURCE_AUTHOR = 300;
export const MAX_RESOURCE_URL = 2000;
/** A course of a few hundred hours is the longest a library lists. */
export const MAX_DURATION_MINUTES = 100_000;
export const MIN_RESOURCE_YEAR = 1900;
/** Resources announced for next year may be listed already. */
export const maxResourceYear = (now = new Date()) => now.getUTCFullYear() + 1;
export const MAX_RELATIONS = 10;
