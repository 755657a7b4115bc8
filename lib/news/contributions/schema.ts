// What a member's story forms accept: starting one about a hub, and saving the draft (an
// article's words and cover, without the address and tags, which stay the editors').
// Messages beside each field come from news.errors (every language). Client-safe.
import { z } from "zod";
import { articleSchema } from "@/lib/articles/schema";
import { newArticleSchema } from "@/lib/news/schema";
import type { MessageKey } from "@/lib/message";

const key = (k: MessageKey) => k;

export const startContributionSchema = newArticleSchema.omit({ kind: true }).extend({
  hubId: z.string({ error: key("news.contribute.errors.hub") }).min(1, key("news.contribute.errors.hub")),
});

export const contributionSchema = articleSchema.omit({ slug: true });
