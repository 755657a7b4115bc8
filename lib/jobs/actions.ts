"use server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { handleForm, type FormState } from "@/lib/forms";
import { msg } from "@/lib/message";
import { runJobNow } from "@/lib/jobs/commands";
import { runJobSchema } from "@/lib/jobs/schema";


export async function runJobNowAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, runJobSchema, async (input) => {
    const result = await runJobNow(actor, input.name);
    revalidatePath("/admin/jobs");
    return { ok: result.outcome !== "failed", message: msg(`staff.jobs.${result.outcome}`) };
  });
}
