import Link from "next/link";
import { day } from "@/components/admin/p2p/format";
import { ARTICLE_STATUS_LABELS } from "@/components/admin/articles/article-status";
import { languageOf, isLocale } from "@/i18n/languages";
import type { StaffListedStory } from "@/lib/p2p/stories/admin-queries";

/** A page of stories. The table scrolls sideways on a phone, in a region the keyboard can reach. */
export function StoryTable({ stories }: { stories: StaffListedStory[] }) {
  return (
    <div role="region" aria-label="P2P stories" tabIndex={0} className="mt-4 overflow-x-auto">
      <table className="w-full min-w-[48rem] border-collapse bg-white text-left text-sm">
        <caption className="sr-only">P2P stories: drafts first, then published, then archived; each most recently changed first</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-3">Story</th>
            <th scope="col" className="p-3">Exchange</th>
            <th scope="col" className="p-3">Language</th>
            <th scope="col" className="p-3">Status</th>
            <th scope="col" className="p-3">Last changed</th>
          </tr>
        </thead>
        <tbody>
          {stories.map((s) => (
            <tr key={s.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="p-3 font-normal">
                <Link href={`/admin/p2p/stories/${s.id}`} className="font-semibold">{s.title}</Link>
                <span className="block text-stone-600">/p2p/stories/{s.slug}</span>
              </th>
              <td className="p-3">
                {s.p2pApplication ? (
                  <>
                    <Link href={`/admin/p2p/applications/${s.p2pApplication.id}`}>
                      {s.p2pApplication.visitingHub.name} at {s.p2pApplication.hostHub.name}
                    </Link>
                    <span className="block text-stone-600">{s.p2pApplication.round.name}</span>
                  </>
                ) : (
                  <span className="text-stone-600 italic">deleted</span>
                )}
              </td>
              <td className="p-3">{isLocale(s.language) ? languageOf(s.language).name : s.language}</td>
              <td className="p-3">
                {ARTICLE_STATUS_LABELS[s.status]}
                {s.publishedAt ? <span className="block text-stone-600">first published {day(s.publishedAt)}</span> : null}
              </td>
              <td className="p-3 whitespace-nowrap">{day(s.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
