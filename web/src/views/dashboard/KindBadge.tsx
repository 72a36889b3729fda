/** Internal stage or outside demand, in words (never by colour alone). */
export function KindBadge({ kind }: { kind: 'internal' | 'demand' }) {
  return kind === 'internal' ? (
    <span className="badge badge-internal">Internal — a stage of your own process</span>
  ) : (
    <span className="badge badge-demand">Outside the company — set by incoming work</span>
  );
}
