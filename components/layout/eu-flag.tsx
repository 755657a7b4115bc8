// The European flag, drawn here so that no external image is needed: twelve gold stars
// in a circle on blue, proportions 3:2.
const STAR = "M0,-1 L0.2245,-0.309 L0.9511,-0.309 L0.3633,0.118 L0.5878,0.809 L0,0.382 L-0.5878,0.809 L-0.3633,0.118 L-0.9511,-0.309 L-0.2245,-0.309 Z";

export function EuFlag({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 810 540" className={className} aria-hidden="true" focusable="false">
      <rect width="810" height="540" fill="#003399" />
      {Array.from({ length: 12 }, (_, i) => {
        const angle = (i * Math.PI) / 6;
        const x = 405 + 180 * Math.sin(angle);
        const y = 270 - 180 * Math.cos(angle);
        return <path key={i} d={STAR} transform={`translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(30)`} fill="#ffcc00" />;
      })}
    </svg>
  );
}
