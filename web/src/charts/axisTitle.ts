import { palette } from '../theme/palette';

/** Axis-title settings shared by every chart: the title sits outside the tick labels, in muted ink. */
export function axisTitle(name: string, gap: number) {
  return {
    name,
    nameLocation: 'middle' as const,
    nameGap: gap,
    nameTextStyle: { color: palette.muted, fontSize: 12 },
    // onZero off: with a second value axis, the line would otherwise run through that axis's zero.
    axisLine: { onZero: false, lineStyle: { color: palette.muted } },
    // On a phone, time axes would otherwise print labels on top of each other.
    axisLabel: { hideOverlap: true },
    splitLine: { lineStyle: { color: palette.grid } },
  };
}
