// The reviewer's forms' limits and field names, read by the forms and by ./schema.ts alike.
// Client-safe, and free of zod (which stays on the server).

/** Long enough for a paragraph per criterion; short enough to read a panel's worth of them. */
export const REVIEW_COMMENT_MAX = 4000;
export const CONFLICT_REASON_MAX = 1000;

/** The form field holding a criterion's score. */
export const scoreField = (criterionId: string) => `score-${criterionId}`;
