// Small labels shared by the directory's cards and the hub page.

export function OpenToExchangesBadge() {
  return <span className="rounded-full bg-brand-100 px-2.5 py-0.5 text-sm font-semibold text-brand-900">Open to P2P exchanges</span>;
}

export function StaleBadge() {
  return <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-semibold text-amber-900">Not confirmed recently</span>;
}
