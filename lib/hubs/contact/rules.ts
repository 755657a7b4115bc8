// The hub contact relay's limits, for the schema and the form alike. No zod here: the form
// runs in the browser, where zod's eval probe would break the page's Content-Security-Policy.

/** A message shorter than this says too little for the hub to answer. */
export const HUB_MESSAGE_MIN = 10;
export const HUB_MESSAGE_MAX = 3000;
