const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A count in the reader's locale ("21,348"); averages keep one decimal ("4.3"). */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  // Rounding can leave -0 (a trend of -0.04 shown as "-0"); show it as 0.
  const shown = value === 0 ? 0 : value;
  return Number.isInteger(shown) ? integer.format(shown) : decimal.format(shown);
}
