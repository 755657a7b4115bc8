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
  "placeholders",
  "hubs",
  "hubForms",
  "hubManagement",
  "map",
  "events",
  "eventApplications",
  "auth",
  "account",
  "emails",
] as const;

export type Namespace = (typeof NAMESPACES)[number];
