// How long staff's message to someone asking to join a hub's P2P team may be. Client-safe,
// without zod: the staff forms import it.

export const STAFF_MESSAGE_MAX = 4000;
