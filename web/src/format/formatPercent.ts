const whole = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const small = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

/** A share in [0, 1] as "83 %" in the reader's locale; small shares keep a decimal so 0.4 % is not "0 %". */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return share !== 0 && Math.abs(share) < 0.1 ? small.format(share) : whole.format(share);
}
