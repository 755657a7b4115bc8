// The rubric form's rows as fields: their names, the stored rubric as values, and the rows a
// form's values hold. Client-safe, without zod: the form imports it; lib/p2p/panel/schema.ts reads
// the rows back.

/** One criterion as stored: its place in the rubric is its position in the list. */
export type CriterionInput = { name: string; description: string; weight: number; labels: string[] };

/** A row's fields: `criterion-<row>-name`, `-description`, `-weight`, `-label-0` … `-label-5`. */
export const criterionField = (row: number, part: "name" | "description" | "weight" | `label-${number}`) => `criterion-${row}-${part}`;
export const RUBRIC_FIELD = /^criterion-(\d{1,3})-(name|description|weight|label-[0-5])$/;

/** The stored rubric as the form's values, rows numbered from 0. */
export function rubricFormValues(criteria: readonly CriterionInput[]): Record<string, string> {
  const values: Record<string, string> = {};
  criteria.forEach((c, row) => {
    values[criterionField(row, "name")] = c.name;
    values[criterionField(row, "description")] = c.description;
    values[criterionField(row, "weight")] = String(c.weight);
    c.labels.forEach((label, v) => (values[criterionField(row, `label-${v}`)] = label));
  });
  return values;
}

/** The row numbers a form's values hold, in order: the rows to show again after an answer. */
export function rubricRows(values: Record<string, unknown>): number[] {
  const rows = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = RUBRIC_FIELD.exec(name);
    if (match) rows.add(Number(match[1]));
  }
  return [...rows].sort((a, b) => a - b);
}
