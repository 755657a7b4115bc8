// The parts of the catalogue the hosting forms use, for the page's ClientMessages (a plain
// module: a "use client" file's exports reach server components only as references).
export const HOSTING_FORM_MESSAGES = ["p2pHosting.form", "p2pHosting.errors", "p2pHosting.stop"] as const;
