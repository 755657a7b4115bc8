// The parts of the catalogue the reviewer's forms use, for the page's ClientMessages (a plain
// module: a "use client" file's exports reach server components only as references).
export const REVIEW_FORM_MESSAGES = ["p2pReview.conflict", "p2pReview.form", "p2pReview.errors"] as const;
