import { z } from "zod";
import { AUDIT_TARGETS } from "@/lib/audit-vocabulary";
import { searchText } from "@/lib/form-fields";
import { LOCALES, type Locale } from "@/i18n/languages";

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(40),
  role: z.enum(["member", "staff", "admin"], { error: "account.roles.errors.choose" }),
});

/** A language of the interface, chosen on the account page or with the switcher. */
export const languageSchema = z.object({ locale: z.enum(LOCALES as [Locale, ...Locale[]]) });

export const userSearchSchema = z.object({
  q: searchText,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** A day as a date field sends it; anything else is no limit. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
  .optional()
  .catch(undefined);

/** The audit log's filters, read from the address: the kind of record, who acted (name or address), and the days. */
export const auditFilterSchema = z.object({
  target: z.enum(AUDIT_TARGETS).optional().catch(undefined),
  person: searchText,
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AuditFilters = Omit<z.infer<typeof auditFilterSchema>, "page">;
