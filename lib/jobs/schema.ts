import { z } from "zod";

export const runJobSchema = z.object({ name: z.string().trim().min(1).max(100) });
