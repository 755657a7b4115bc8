"use server";
import { revalidatePath } from "next/cache";
import { handleForm, type FormState } from "@/lib/forms";
import { getCurrentUser } from "@/lib/auth/session";
import { changeUserRole } from "@/lib/users/commands";
import { ROLE_LABELS } from "@/lib/users/rules";
import { changeRoleSchema } from "@/lib/users/schema";

export async function changeUserRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, changeRoleSchema, async (input) => {
    await changeUserRole(actor, input);
    revalidatePath("/admin/users");
    return { ok: true, message: `Role changed to ${ROLE_LABELS[input.role]}.` };
  });
}
