/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Vermillion is
 * kept for the constraint alone, and the constraint always carries a marker or a label too.
 */
export const palette = {
  constraint: '#D55E00',
  constraintTint: '#FBE3D2',
  runnerUp: '#E69F00',
  ink: '#1B1F24',
  muted: '#5B6470',
  grid: '#D8DDE3',
  /** Series colours in order, without the constraint's vermillion. */
  series: ['#0072B2', '#E69F00', '#009E73', '#56B4E9', '#CC79A7', '#000000', '#F0E442'],
} as const;
