// The answers of an application that people other than the applicant and staff may read (an
// agreed host, a reviewer): never the accessibility needs, never an email address.
import type { Prisma } from "@/lib/db";

export const sharedAnswersSelect = {
  role: true,
  partnerName: true,
  partnerRole: true,
  aim: true,
  plan: true,
  visitorGains: true,
  hostGains: true,
  sharing: true,
  travelMode: true,
  hostGrantCents: true,
} satisfies Prisma.P2PApplicationSelect;
