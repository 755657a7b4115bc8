// What the staff review page and its export accept: the list's filters, and one decision on
// one or several applications. Client-safe.
import { z } from "zod";
import { REVIEW_DECISIONS } from "@/lib/events/review/rules";
import { listOf, optional, searchText } from "@/lib/form-fields";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** The review page's and the export's filters, read from the URL. Unknown values are dropped. */
export const applicationFilterSchema = z.object({
  status: z.enum(ApplicationStatus).optional().catch(undefined),
  q: searchText,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** "<id>@<updatedAt as ISO>": an application and the version of it the page showed. */
const seenApplication = z
  .string()
  .regex(/^[a-z0-9]{1,40}@\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, "eventApplications.review.errors.reloadAndChoose")
  .transform((v) => {
    const [id, version] = v.split("@") as [string, string];
    return { id, version };
  });

/** One decision on one or several applications. */
export const applicationDecisionSchema = z.object({
  eventId: z.string().min(1).max(40),
  decision: z.enum(REVIEW_DECISIONS, { error: "eventApplications.review.errors.chooseDecision" }),
  applications: listOf(seenApplication)
    .refine((list) => list.length > 0, "eventApplications.review.errors.chooseOne")
    .refine((list) => list.length <= 200, "eventApplications.review.errors.tooManyAtOnce"),
  message: optional(z.string().trim().max(4000, "eventApplications.review.errors.messageTooLong")),
  /** The review page's filters, to come back to the same list. */
  back: z.string().max(300).regex(/^[\w%.+=&-]*$/).catch(""),
});
