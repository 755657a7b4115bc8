import { Text } from "@/components/ui/text";
import type { Msg } from "@/lib/message";

/** What a draft lacks before it can be published (a round, a story), each reason as the command gives it. */
export function PublishGaps({ what, gaps, children }: { what: string; gaps: readonly { field: string; reason: Msg }[]; children?: React.ReactNode }) {
  if (!gaps.length) return null;
  return (
    <div className="mt-2 max-w-3xl rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-stone-900">
      <p className="font-semibold">Before it can be published, the {what} needs:</p>
      <ul className="mt-1 list-disc pl-5">
        {gaps.map((gap) => (
          <li key={gap.field}>
            <Text msg={gap.reason} />
          </li>
        ))}
      </ul>
      {children ? <p className="mt-1">{children}</p> : null}
    </div>
  );
}
