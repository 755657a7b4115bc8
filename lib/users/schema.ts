import { z } from "zod";

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(40),
  role: z.enum(["member", "staff", "admin"], { error: "Choose member, staff or admin." }),
});

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
