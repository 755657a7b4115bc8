/** A confirmation of what was just done, announced politely by screen readers. `className` places it (a top margin). */
export function Confirmation({ children, className = "mt-4" }: { children: React.ReactNode; className?: string }) {
  return <p role="status" className={`${className} rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900`}>{children}</p>;
}

/** A one-line confirmation at the top of a page that has no container of its own. */
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-4">
      <Confirmation className="">{children}</Confirmation>
    </div>
  );
}
