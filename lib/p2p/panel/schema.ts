// What staff's panel forms accept (words in staff.p2p.panel.errors): the rubric, edited as rows
// that replace the round's criteria; the reviews each application needs; a panelist by email;
// a reviewer assigned to an application or taken off it. Client-safe.
import { z } from "zod";
import { blankToUndefined } from "@/lib/form-fields";
import type { MessageKey } from "@/lib/message";
import { SCALE } from "@/lib/p2p/reviews/rubric";
import { CRITERION_DESCRIPTION_MAX, CRITERION_NAME_MAX, LABEL_MAX, MAX_CRITERIA, MAX_REVIEWS_NEEDED, MAX_WEIGHT } from "@/lib/p2p/panel/limits";
import { criterionField, RUBRIC_FIELD, type CriterionInput } from "@/lib/p2p/panel/rubric-fields";

const id = z.string().min(1).max(40);
const key = (k: MessageKey) => k;

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/**
 * The rubric form: rows in the order of their row numbers (the form numbers rows as they are
 * added, so a removed row leaves a gap), a row left wholly blank dropped. Each complaint sits
 * beside its field; too many rows or none is said at the top of the form.
 */
export const rubricSchema = z.unknown().transform((input, ctx): { roundId: string; criteria: CriterionInput[] } => {
  const sent = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const rows = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(sent)) {
    const match = RUBRIC_FIELD.exec(name);
    if (!match) continue;
    const row = Number(match[1]);
    rows.set(row, { ...rows.get(row), [match[2]!]: text(value) });
  }
  let refused = false;
  const issue = (path: string, message: MessageKey) => {
    refused = true;
    ctx.addIssue({ code: "custom", path: [path], message });
  };
  const roundId = id.safeParse(sent.roundId);
  if (!roundId.success) issue("form", key("staff.p2p.panel.errors.roundMissing"));
  const filled = [...rows.entries()].filter(([, f]) => Object.values(f).some((v) => v !== "")).sort(([a], [b]) => a - b);
  if (filled.length === 0) issue("form", key("staff.p2p.panel.errors.noCriteria"));
  if (filled.length > MAX_CRITERIA) issue("form", key("staff.p2p.panel.errors.tooManyCriteria"));
  const criteria: CriterionInput[] = [];
  for (const [row, f] of filled) {
    const name = f.name ?? "";
    if (name.length < 2) issue(criterionField(row, "name"), key("staff.p2p.panel.errors.criterionName"));
    else if (name.length > CRITERION_NAME_MAX) issue(criterionField(row, "name"), key("staff.p2p.panel.errors.criterionNameTooLong"));
    const description = f.description ?? "";
    if (description.length > CRITERION_DESCRIPTION_MAX) issue(criterionField(row, "description"), key("staff.p2p.panel.errors.descriptionTooLong"));
    const weight = /^\d{1,3}$/.test(f.weight ?? "") ? Number(f.weight) : NaN;
    if (!(weight >= 1 && weight <= MAX_WEIGHT)) issue(criterionField(row, "weight"), key("staff.p2p.panel.errors.weight"));
    const labels = SCALE.map((v) => f[`label-${v}`] ?? "");
    labels.forEach((label, v) => {
      if (label === "") issue(criterionField(row, `label-${v}`), key("staff.p2p.panel.errors.labelMissing"));
      else if (label.length > LABEL_MAX) issue(criterionField(row, `label-${v}`), key("staff.p2p.panel.errors.labelTooLong"));
    });
    criteria.push({ name, description, weight, labels });
  }
  return refused ? z.NEVER : { roundId: roundId.data!, criteria };
});

export type RubricInput = z.output<typeof rubricSchema>;

export const reviewsNeededSchema = z.object({
  roundId: id,
  reviewsNeeded: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: key("staff.p2p.panel.errors.reviewsNeeded") })
      .int(key("staff.p2p.panel.errors.reviewsNeeded"))
      .min(1, key("staff.p2p.panel.errors.reviewsNeeded"))
      .max(MAX_REVIEWS_NEEDED, key("staff.p2p.panel.errors.reviewsNeeded")),
  ),
});

export const addPanelistSchema = z.object({
  roundId: id,
  email: z.preprocess(
    blankToUndefined,
    z
      .string({ error: key("staff.p2p.panel.errors.emailMissing") })
      .trim()
      .max(254, key("staff.p2p.panel.errors.emailInvalid"))
      .pipe(z.email({ error: key("staff.p2p.panel.errors.emailInvalid") }))
      .transform((e) => e.toLowerCase()),
  ),
});

export const removePanelistSchema = z.object({ roundId: id, userId: id });

/** `page`: the page of the applications table the form was on, to come back to it. */
const backTo = z.coerce.number().int().min(1).max(10_000).catch(1);

export const assignSchema = z.object({
  roundId: id,
  applicationId: id,
  reviewerId: z.string({ error: key("staff.p2p.panel.errors.reviewerMissing") }).min(1, key("staff.p2p.panel.errors.reviewerMissing")).max(40),
  page: backTo,
});

export const unassignSchema = z.object({ roundId: id, assignmentId: id, page: backTo });

export const roundIdSchema = z.object({ roundId: id });

/** The panel page's address: which page of the applications, all or only those short of reviewers. */
export const panelPageSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  show: z.enum(["all", "short"]).catch("all"),
});
