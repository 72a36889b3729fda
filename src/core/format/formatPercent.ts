/** A share in [0, 1] as a whole percentage ("87 %"); "n/a" when unknown. */
export function formatPercent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)} %` : 'n/a';
}
