/**
 * The parts of the catalogue every page's client components get: the header's (menu, account
 * links, language switcher and offer), the error and not-found pages', and the forms' shared words.
 */
export const FRAME_MESSAGES = ["common.nav", "common.accountLinks", "common.language", "common.error", "common.notFound", "forms"] as const;
