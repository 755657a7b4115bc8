// How much a member may suggest, and how long each field may be: the form's maxLength, the
// schema's bounds and the commands' limits. No zod here: client components read these.
export const MAX_SUGGESTION_TITLE = 200;
export const MAX_SUGGESTION_URL = 500;
export const MAX_SUGGESTION_REASON = 2_000;
export const MAX_DECLINE_MESSAGE = 2_000;

/** Suggestions a member may have waiting for staff at once: staff answer before more come. */
export const MAX_PENDING_SUGGESTIONS = 5;
/** Suggestions a member may send in a rolling day, whatever became of them. */
export const MAX_SUGGESTIONS_PER_DAY = 10;
