// How long a moderator's message to a hub's owners may be. Client-safe, without zod: the decision forms import it.

export const MODERATOR_MESSAGE_MAX = 4000;
