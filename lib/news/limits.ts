// How much the news editor takes: tags, links to hubs and events, a guest's name in a byline.
// Client-safe, without zod: the editor's form imports it.

export const MAX_TAGS = 8;
export const MAX_TAG_LENGTH = 40;
export const MAX_LINKS = 12;
export const MAX_GUEST_NAME = 120;
