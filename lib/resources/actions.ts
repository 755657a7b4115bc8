"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice } from "@/lib/notices";
import { refreshAfterStaffChange } from "@/lib/revalidate";
import { createResource, decideResource, updateResource, type ResourceChange } from "@/lib/resources/commands";
import { newResourceSchema, resourceDecisionSchema, resourceSchema } from "@/lib/resources/form-schema";

// The library's staff forms: starting a resource, saving it (or saving and publishing it), and
// the buttons that move it. Each answers with the form's state, or goes to the resource's staff
// page, which says what was done. A change readers see refreshes /tools and the home page on
// every instance (change kind "resources", lib/public-areas.ts). The file is uploaded apart
// (app/api/admin/resources/[id]/file/route.ts): it may be larger than an action's body.

const staffResourcePage = (id: string) => `/admin/tools/${id}`;

const refresh = (change: Pick<ResourceChange, "public">) => refreshAfterStaffChange("/admin/tools", "resources", change);

export async function createResourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, newResourceSchema, async (input) => {
    const resource = await createResource(actor, input);
    revalidatePath("/admin/tools", "layout");
    redirect(withNotice(staffResourcePage(resource.id), "created"));
  });
}

export async function updateResourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const publish = formData.get("intent") === "publish";
  return handleForm(formData, resourceSchema, async ({ resourceId, ...input }) => {
    const change = await updateResource(actor, resourceId, input, { publish });
    refresh(change);
    redirect(withNotice(staffResourcePage(change.id), publish ? "published" : change.changed ? "saved" : "unchanged"));
  });
}

const DONE = { publish: "published", unpublish: "unpublished", archive: "archived" } as const;

export async function decideResourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, resourceDecisionSchema, async ({ resourceId, decision }) => {
    const change = await decideResource(actor, resourceId, decision);
    refresh(change);
    redirect(withNotice(staffResourcePage(change.id), DONE[decision]));
  });
}
