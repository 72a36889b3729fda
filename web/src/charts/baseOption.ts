import { fontFamily } from '../theme/fontFamily';
import { palette } from '../theme/palette';
import type { ChartOption } from './ChartOption';

/** What every chart shares: palette, font, accessible description, tooltip, no animation on live redraws. */
export function baseOption(description: string): ChartOption {
  return {
    color: [...palette.series],
    textStyle: { fontFamily, color: palette.ink },
    // Screen readers get a generated summary of the data after this description.
    aria: { enabled: true, label: { description } },
    tooltip: { trigger: 'axis', confine: true },
    // Live refreshes redraw often; animating every redraw is distracting on a screen left open all day.
    animation: false,
  };
}
