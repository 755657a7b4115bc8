import type { Metadata } from "next";
import Link from "next/link";
import { NewResourceForm } from "@/components/admin/tools/resource-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireStaff } from "@/lib/auth/session";
import { initialFormState } from "@/lib/form-state";
import { createResourceAction } from "@/lib/resources/actions";

export const metadata: Metadata = { title: "New resource" };

export default async function NewResourcePage() {
  await requireStaff();
  return (
    <div>
      <p>
        <Link href="/admin/tools">← The library</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">New resource</h1>
      <p className="mt-2 max-w-3xl text-stone-700">Start with its title and kind, and its link if it lives on the web. The draft is only seen by staff until it is published.</p>
      <div className="mt-6">
        <ClientMessages only={["staff.resources", "forms.errors"]}>
          <NewResourceForm action={createResourceAction} initial={initialFormState} />
        </ClientMessages>
      </div>
    </div>
  );
}
