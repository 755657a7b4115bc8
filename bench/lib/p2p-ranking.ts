// What the P2P ranking's seed (bench/seed-p2p-ranking.ts) writes and its benchmark
// (bench/p2p-ranking.ts) reads: the rounds' ids and the staff account it signs in with.
export const BENCH_P2P_PREFIX = "bench-p2p-";
export const BENCH_LARGE_ROUND = `${BENCH_P2P_PREFIX}ranking`;
export const BENCH_SMALL_ROUND = `${BENCH_P2P_PREFIX}ranking-small`;
export const BENCH_STAFF_EMAIL = `${BENCH_P2P_PREFIX}staff@bench.invalid`;
/** A local benchmark account's password: the seed prints it; pass --password to both for another. */
export const BENCH_STAFF_PASSWORD = "bench-p2p-ranking-staff";
