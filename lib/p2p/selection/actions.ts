"use server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { handleForm, type FormState } from "@/lib/forms";
import { msg } from "@/lib/message";
import { promoteReserve, releaseResults, setSelection, swapSelection } from "@/lib/p2p/selection/commands";
import { decisionFormSchema, promoteSchema, releaseSchema, swapSchema } from "@/lib/p2p/selection/schema";
import { revalidatePublicArea } from "@/lib/revalidate";

// The ranking's and the outbox's forms: a decision on a row, a swap, the release and a
// promotion. Each answers with what was done; the round's staff pages show the new state.

const refresh = (roundId: string) => revalidatePath(`/admin/p2p/rounds/${roundId}`, "layout");

export async function setSelectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, decisionFormSchema, async (input) => {
    await setSelection(actor, input);
    refresh(input.roundId);
    return { ok: true, message: msg("staff.p2p.selection.done.set") };
  });
}

export async function swapSelectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, swapSchema, async (input) => {
    await swapSelection(actor, input);
    refresh(input.roundId);
    return { ok: true, message: msg("staff.p2p.selection.done.swapped") };
  });
}

export async function releaseResultsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, releaseSchema, async (input) => {
    const { released } = await releaseResults(actor, input);
    refresh(input.roundId);
    revalidatePath("/admin/p2p", "layout");
    // The public page shows the round's results as released.
    revalidatePublicArea("p2p");
    return { ok: true, message: msg("staff.p2p.selection.done.released", { count: released }) };
  });
}

export async function promoteReserveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, promoteSchema, async (input) => {
    await promoteReserve(actor, input);
    refresh(input.roundId);
    return { ok: true, message: msg("staff.p2p.selection.done.promoted") };
  });
}
