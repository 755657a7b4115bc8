// The codings the map data is stored in, and the Accept-Encoding values (as Next matches a
// header condition: the whole value against ^…$) that choose each, in order of preference:
// the coding's name as a whole item of the list (a q=0 refusal is not looked for).
// next.config.ts labels the response with them, and the route picks the body with them.
export const MAP_DATA_CODINGS = [
  { coding: "br", accepts: "(.*[ ,])?br([ ;,].*)?" },
  { coding: "gzip", accepts: "(.*[ ,])?gzip([ ;,].*)?" },
] as const;
