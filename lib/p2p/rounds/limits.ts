// How long a P2P round's summary and rules may be. Client-safe, without zod: the round form imports it.

export const MAX_ROUND_RULES_CHARS = 20_000;
export const MAX_ROUND_SUMMARY_CHARS = 2_000;
