import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HubForm } from "@/components/hubs/form/hub-form";
import { requireUser } from "@/lib/auth/session";
import { updateHubAction } from "@/lib/hubs/actions";
import { editRefusal } from "@/lib/hubs/commands";
import { getHubForEditing } from "@/lib/hubs/form-queries";
import { hubFormValues } from "@/lib/hubs/form-state";

export const metadata: Metadata = { title: "Edit your hub", robots: { index: false } };

const WHAT_SAVING_DOES: Record<string, string> = {
  published: "The hub is on the map: your changes go live as soon as you save them.",
  pending: "The hub is waiting for review: your changes join the review.",
  changes_requested: "Our team asked for changes. Saving sends the hub back to them for review.",
};

export default async function EditHubPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const hub = await getHubForEditing(user, (await params).id);
  if (!hub) notFound();
  const refusal = editRefusal(hub.status);
  const tHubs = await getTranslations("hubs");
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <p className="text-sm">
        <Link href="/account/hubs" className="text-brand-800 underline">
          Your hubs
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-stone-950 [overflow-wrap:anywhere]">Edit {hub.name}</h1>
      <p className="mt-2 text-stone-700">
        Status: <strong>{tHubs(`status.${hub.status}`)}</strong>.{" "}
        {hub.status === "published" ? (
          <Link href={`/hubs/${hub.slug}`} className="text-brand-800 underline">
            See its public page
          </Link>
        ) : null}
      </p>
      {hub.status === "changes_requested" && hub.moderatorMessage ? (
        <div className="mt-4 rounded-md border border-amber-600 bg-amber-50 px-4 py-3">
          <p className="font-semibold text-stone-950">What our team asked for</p>
          <p className="mt-1 whitespace-pre-line text-stone-800 [overflow-wrap:anywhere]">{hub.moderatorMessage}</p>
        </div>
      ) : null}
      {refusal ? (
        <p className="mt-6 rounded-md border border-stone-400 bg-white px-4 py-3 text-stone-900">{refusal}</p>
      ) : (
        <>
          <p className="mt-4 text-stone-800">{WHAT_SAVING_DOES[hub.status]}</p>
          <div className="mt-8">
            <HubForm mode="edit" action={updateHubAction} initial={{ ok: false, values: hubFormValues(hub) }} hubId={hub.id} />
          </div>
        </>
      )}
    </div>
  );
}
