// One catalogue file per namespace and language: messages/<locale>/<namespace>.json. A new
// area adds its namespace here and its file in every language (a test checks the keys match).
export const NAMESPACES = [
  "common",
  "forms",
  "home",
  "about",
  "privacy",
  "accessibility",
  "contact",
  "hubs",
  "hubForms",
  "hubManagement",
  "map",
  "events",
  "eventApplications",
  "auth",
  "account",
  "emails",
  "p2p",
  "p2pApply",
  "p2pAccount",
  "p2pHosting",
  "p2pHostRequests",
  "p2pMembership",
  "p2pReview",
  "p2pGrant",
  "p2pStories",
  "news",
  "tools",
  "toolSuggestions",
  "staff",
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/**
 * Namespaces only staff read (issue 11 lets /admin stay in English): written in English alone.
 * The other languages' files hold `{}`, and the loader reads these messages in English there.
 */
export const ENGLISH_ONLY = ["staff"] as const satisfies readonly Namespace[];

