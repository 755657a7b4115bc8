"use server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { handleForm, type FormState } from "@/lib/forms";
import { runJobNow } from "@/lib/jobs/commands";
import { runJobSchema } from "@/lib/jobs/schema";

const OUTCOME_MESSAGES = {
  succeeded: "Done: the job ran.",
  failed: "The job ran and failed; its error is listed below.",
  busy: "The job is running elsewhere right now; it was not started twice.",
} as const;

export async function runJobNowAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, runJobSchema, async (input) => {
    const result = await runJobNow(actor, input.name);
    revalidatePath("/admin/jobs");
    return { ok: result.outcome !== "failed", message: OUTCOME_MESSAGES[result.outcome] };
  });
}
