// A NUL byte (or another control character no keyboard types) in any text field is named
// beside that field, never "Something went wrong": PostgreSQL's text type refuses NUL, so a
// form that let one through failed only when it was saved.
import { describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { signUpSchema } from "@/lib/auth/schema";
import { contactSchema } from "@/lib/contact/schema";
import { submitApplicationSchema } from "@/lib/events/applications/schema";
import { applicationFilterSchema } from "@/lib/events/review/schema";
import { eventSchema } from "@/lib/events/schema";
const CONTROL_CHARACTER_MESSAGE = { key: "forms.errors.controlCharacter" };
import { handleForm } from "@/lib/forms";
import { hubSchema, readHubFilters } from "@/lib/hubs/schema";
import { moderationListSchema } from "@/lib/hubs/moderation/schema";
import { userSearchSchema } from "@/lib/users/schema";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

// The six forms people found it on, each with the field they tried.
const cases: [string, z.ZodType, Record<string, string>, string][] = [
  ["hub name", hubSchema, { name: "Hub\u0000of makers" }, "name"],
  ["hub story", hubSchema, { name: "Makers", story: "We began\u0000 in 2012." }, "story"],
  ["event theme", eventSchema, { title: "Forum", theme: "Cities\u0000" }, "theme"],
  ["application", submitApplicationSchema, { role: "Programme manager", bring: "Our\u0000 experience." }, "bring"],
  ["contact", contactSchema, { name: "Ada", email: "ada@example.org", topic: "general", message: "Hello\u0000 there, a question." }, "message"],
  ["sign-up name", signUpSchema, { name: "Ada\u0000", email: "ada@example.org", password: "Analytical-Engine-1843" }, "name"],
];

describe("a control character in a text field", () => {
  it.each(cases)("is named beside the field on the %s form, what was typed is kept, and nothing runs", async (_form, schema, fields, field) => {
    const run = vi.fn();
    const state = await handleForm(form(fields), schema, run);
    expect(run).not.toHaveBeenCalled();
    expect(state.ok).toBe(false);
    expect(state.message).toEqual({ key: "forms.errors.correctFields" });
    expect(state.fieldErrors?.[field]).toEqual([CONTROL_CHARACTER_MESSAGE]);
    expect(state.values?.[field]).toBe(fields[field]);
  });

  it("is refused in every field, also on a form that is otherwise valid", async () => {
    const run = vi.fn();
    const fields = { name: "Ada", email: "ada@example.org", topic: "general", message: "A question about the fora." };
    expect((await handleForm(form(fields), contactSchema, run)).ok).toBe(true);
    for (const ch of ["\u0000", "\u0007", "\u001b", "\u007f"]) {
      const state = await handleForm(form({ ...fields, name: `Ada${ch}` }), contactSchema, run);
      expect(state.fieldErrors, JSON.stringify(ch)).toEqual({ name: [CONTROL_CHARACTER_MESSAGE] });
    }
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("leaves tabs and line breaks alone", async () => {
    const run = vi.fn();
    const state = await handleForm(form({ name: "Ada", email: "ada@example.org", topic: "general", message: "Line one\r\nline two\tand a tab." }), contactSchema, run);
    expect(state.ok).toBe(true);
  });
});

describe("a control character in a search box's address", () => {
  // Search boxes are addresses (GET), not forms: the text reaches PostgreSQL without it.
  it.each([
    ["the directory and the map", (q: string) => readHubFilters({ q }).filters.q],
    ["staff's hub queue", (q: string) => moderationListSchema.parse({ q }).q],
    ["staff's people page", (q: string) => userSearchSchema.parse({ q }).q],
    ["staff's applications", (q: string) => applicationFilterSchema.parse({ q }).q],
  ])("is dropped from the search on %s", (_, search) => {
    expect(search("caf\u0000é")).toBe("café");
    expect(search("\u0000")).toBe("");
    expect(search("x".repeat(101))).toBeUndefined();
  });
});
