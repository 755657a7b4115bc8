/** What the agreement's and the report's forms need in the browser: their words and every refusal they may show. */
export const GRANT_MESSAGES = ["p2pGrant.agreement", "p2pGrant.report", "p2pGrant.photos", "p2pGrant.hostNote", "p2pGrant.errors", "p2pApply.workflow"];
