// How much the panel's staff forms take: the rubric's criteria, weights and labels, and the
// reviews each application needs. Client-safe, without zod: the forms import it.

export const MAX_CRITERIA = 10;
export const MAX_REVIEWS_NEEDED = 10;
export const MAX_WEIGHT = 100;
export const CRITERION_NAME_MAX = 120;
export const CRITERION_DESCRIPTION_MAX = 1000;
export const LABEL_MAX = 80;
