// Zod pieces that every form schema uses: how an HTML form sends "nothing", "several" and a
// choice among options. Client-safe.
import { z } from "zod";

/** A blank form field (empty, or only spaces) means "not given". */
export const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A field that may be left blank. */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** A field that may arrive once (a value) or several times (a list), or not at all. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** The values of { value, label } options, as z.enum takes them. */
export const values = <T extends string>(options: readonly { value: T }[]) => options.map((o) => o.value) as [T, ...T[]];
