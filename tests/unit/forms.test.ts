// The one shape of every form action: what the person sees after each kind of outcome,
// and what must never travel back to the page (passwords, internal error text).
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { redirect } from "next/navigation";
import { z } from "zod";
import { NotFoundError, UserError } from "@/lib/errors";
import { msg } from "@/lib/message";
import { handleForm } from "@/lib/forms";
import { changePasswordSchema, signUpSchema } from "@/lib/auth/schema";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

const simple = z.object({ title: z.string().trim().min(1, "Enter a title."), note: z.string().optional() });

let consoleError: MockInstance;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  consoleError.mockRestore();
});

describe("handleForm", () => {
  it("returns each schema problem beside its field, keeps what was typed, and runs nothing", async () => {
    const run = vi.fn();
    const state = await handleForm(form({ name: "", email: "not-an-email", password: "short" }), signUpSchema, run);

    expect(run).not.toHaveBeenCalled();
    expect(state.ok).toBe(false);
    expect(state.message).toEqual({ key: "forms.errors.correctFields" });
    expect(state.fieldErrors?.name).toEqual([expect.objectContaining({ key: "auth.errors.nameMissing" })]);
    expect(state.fieldErrors?.email).toEqual([expect.objectContaining({ key: "auth.errors.emailInvalid" })]);
    expect(state.fieldErrors?.password).toContainEqual({ key: "forms.errors.tooShort", values: { min: 10 } });
    expect(state.values).toEqual({ name: "", email: "not-an-email" });
  });

  it("never echoes the current or the new password back", async () => {
    const typed = { current: "my-old-secret-1", password: "my-new-secret-2", confirmPassword: "my-new-secret-X" };
    const state = await handleForm(form(typed), changePasswordSchema, vi.fn());

    expect(state.fieldErrors?.confirmPassword).toEqual([expect.objectContaining({ key: "auth.errors.passwordsDiffer" })]);
    expect(state.values).not.toHaveProperty("confirmPassword");
    expect(state.values).not.toHaveProperty("current");
    expect(state.values).not.toHaveProperty("password");
    expect(JSON.stringify(state)).not.toContain("my-old-secret-1");
    expect(JSON.stringify(state)).not.toContain("my-new-secret-2");
    expect(JSON.stringify(state)).not.toContain("my-new-secret-X");
  });

  it("leaves Next's own $ACTION fields out of the values", async () => {
    const state = await handleForm(form({ $ACTION_ID_abc: "x", title: "" }), simple, vi.fn());
    expect(state.values).toEqual({ title: "" });
  });

  it("gives the command the parsed input and answers ok with the values", async () => {
    const run = vi.fn(async () => {});
    const state = await handleForm(form({ title: "  Hub opening  " }), simple, run);
    expect(run).toHaveBeenCalledWith({ title: "Hub opening" });
    expect(state).toEqual({ ok: true, values: { title: "  Hub opening  " } });
  });

  it("returns the command's own state when it gives one", async () => {
    const state = await handleForm(form({ title: "x" }), simple, async () => ({ ok: true, message: msg("hubForms.saved.draft") }));
    expect(state).toEqual({ ok: true, message: { key: "hubForms.saved.draft" } });
  });

  it("puts a UserError with a field beside that field, keeping the values", async () => {
    const state = await handleForm(form({ title: "Taken", note: "n" }), simple, async () => {
      throw new UserError("hubForms.errors.sameHub", "title", { city: "Porto" });
    });
    expect(state).toEqual({
      ok: false,
      message: { key: "forms.errors.correctFields" },
      fieldErrors: { title: [{ key: "hubForms.errors.sameHub", values: { city: "Porto" } }] },
      values: { title: "Taken", note: "n" },
    });
  });

  it("shows a UserError without a field as the form's message", async () => {
    const state = await handleForm(form({ title: "Late" }), simple, async () => {
      throw new UserError("eventApplications.window.closed", undefined, { date: "1 March" });
    });
    expect(state).toEqual({ ok: false, message: { key: "eventApplications.window.closed", values: { date: "1 March" } }, values: { title: "Late" } });
    expect(state.fieldErrors).toBeUndefined();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("shows 'not found' as a message too", async () => {
    const state = await handleForm(form({ title: "x" }), simple, async () => {
      throw new NotFoundError();
    });
    expect(state).toMatchObject({ ok: false, message: { key: "forms.errors.notFound" } });
  });

  it("logs an unexpected error and shows only a generic sentence", async () => {
    const internal = 'relation "Hub" does not exist at 10.0.3.7:5432';
    const state = await handleForm(form({ title: "x" }), simple, async () => {
      throw new Error(internal);
    });

    expect(state.ok).toBe(false);
    // Only a reference (the request id; none outside a request) reaches the page, never the error.
    expect(state.message).toEqual({ key: "forms.errors.unexpected", values: { reference: "—" } });
    expect(state.fieldErrors).toBeUndefined();
    expect(state.values).toEqual({ title: "x" });
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(consoleError.mock.calls[0]![0]))).toMatchObject({ msg: "form action failed", error: { message: internal } });
  });

  it("lets redirect() from a successful command through", async () => {
    await expect(handleForm(form({ title: "x" }), simple, async () => redirect("/done"))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });

  it("gives a field sent several times (checkboxes) to the schema as a list, and keeps the list", async () => {
    const data = form({ title: "Hub" });
    data.append("tags", "music");
    data.append("tags", "design");
    const schema = z.object({ title: z.string(), tags: z.array(z.string()) });
    const run = vi.fn(async () => ({ ok: false, message: msg("forms.errors.invalid") }));
    expect(await handleForm(data, schema, run)).toEqual({ ok: false, message: { key: "forms.errors.invalid" } });
    expect(run).toHaveBeenCalledWith({ title: "Hub", tags: ["music", "design"] });
    const failed = await handleForm(data, z.object({ title: z.string().min(5), tags: z.array(z.string()) }), run);
    expect(failed.values).toEqual({ title: "Hub", tags: ["music", "design"] });
  });
});
