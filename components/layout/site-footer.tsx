export function SiteFooter() {
  return <footer className="border-t border-stone-200 bg-white px-4 py-6 text-sm">European Creative Hubs Network</footer>;
}
