// How long an article's fields may be: the forms' maxLength and the schemas' limits. No zod
// here: client components read these.
export const MAX_ARTICLE_TITLE = 160;
export const MAX_ARTICLE_STANDFIRST = 400;
export const MAX_ARTICLE_BODY = 30_000;
export const MAX_COVER_ALT = 200;
export const MAX_COVER_CAPTION = 300;
export const MAX_COVER_CREDIT = 160;
