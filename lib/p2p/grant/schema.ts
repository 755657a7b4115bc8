// What the agreement's form accepts: the application, the full name typed, and the box ticked.
import { z } from "zod";
import { SIGN_NAME_MAX, SIGN_NAME_MIN } from "@/lib/p2p/grant/rules";

const NAME_MISSING = "p2pGrant.errors.nameMissing";

export const signAgreementSchema = z.object({
  applicationId: z.string().min(1).max(40),
  name: z.string({ error: NAME_MISSING }).trim().min(SIGN_NAME_MIN, NAME_MISSING).max(SIGN_NAME_MAX),
  accept: z.literal("on", { error: "p2pGrant.errors.acceptMissing" }),
});
