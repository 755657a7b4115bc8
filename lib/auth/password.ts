import "server-only";
import bcrypt from "bcryptjs";

// Cost 12 ≈ 0.25 s per hash here (pure JS). BCRYPT_COST exists for the test suite only.
const COST = Number(process.env.BCRYPT_COST ?? 12);

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

/** Compared against when the email is unknown, so both answers take the same time. */
const DUMMY_HASH = bcrypt.hashSync("echn-timing-equaliser", COST);
export const burnPasswordCheck = (password: string) => bcrypt.compare(password, DUMMY_HASH);
