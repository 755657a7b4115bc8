/** A boxed paragraph or two that stops the person, or points them elsewhere, before (or instead of) a form. */
export function Callout({ children, tone = "info" }: { children: React.ReactNode; tone?: "info" | "warning" }) {
  const colours = tone === "warning" ? "border-amber-700 bg-amber-50 text-amber-950" : "border-stone-300 bg-white text-stone-900";
  return <div className={`mt-8 space-y-3 rounded-xl border p-5 sm:p-6 [&_a]:text-brand-800 [&_a]:underline ${colours}`}>{children}</div>;
}
