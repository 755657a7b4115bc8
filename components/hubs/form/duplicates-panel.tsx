"use client";
// "Is your hub already on the map?": the listed hubs that look like the one being added,
// each with a way to ask to manage it, and a way to go on when none is the same hub.
import Link from "next/link";
import { useId } from "react";
import { AskToManage } from "@/components/hubs/ask-to-manage";
import type { DuplicateView } from "@/lib/hubs/form-state";

export function DuplicatesPanel({ duplicates, formId, headingRef }: { duplicates: DuplicateView[]; formId: string; headingRef: React.Ref<HTMLHeadingElement> }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-lg border-2 border-amber-600 bg-amber-50 p-6">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-bold text-stone-950 focus:outline-none">
        Is your hub already on the map?
      </h2>
      <p className="mt-2 text-stone-800">
        {duplicates.length === 1 ? "This hub looks" : "These hubs look"} like the one you are adding. If one is yours, ask to manage it
        rather than adding it twice: once our team agrees, you can edit it.
      </p>
      <ul className="mt-4 space-y-4">
        {duplicates.map((hub) => (
          <li key={hub.id} className="rounded-md border border-stone-300 bg-white p-4">
            <p className="font-semibold text-stone-950 [overflow-wrap:anywhere]">{hub.name}</p>
            <p className="text-stone-700">
              {hub.place} · {hub.reason === "website" ? "the same website" : "a similar name, nearby"}
              {hub.href ? (
                <>
                  {" · "}
                  <Link href={hub.href} target="_blank" className="text-brand-800 underline">
                    See its page<span className="sr-only"> ({hub.name}, opens in a new tab)</span>
                  </Link>
                </>
              ) : (
                " · waiting for review"
              )}
            </p>
            <AskToManage hub={hub} />
          </li>
        ))}
      </ul>
      <div className="mt-6 border-t border-amber-600 pt-4">
        <p className="text-stone-800">None of these is your hub?</p>
        <button
          type="submit"
          form={formId}
          name="notDuplicate"
          value="1"
          className="mt-2 rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          No, mine is a different hub — continue
        </button>
      </div>
    </section>
  );
}
