/** A one-line confirmation at the top of a page, announced politely by screen readers. */
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-4">
      <p role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
        {children}
      </p>
    </div>
  );
}
