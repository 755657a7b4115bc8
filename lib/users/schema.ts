import { z } from "zod";
import { searchText } from "@/lib/form-fields";

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(40),
  role: z.enum(["member", "staff", "admin"], { error: "Choose member, staff or admin." }),
});

export const userSearchSchema = z.object({
  q: searchText,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
