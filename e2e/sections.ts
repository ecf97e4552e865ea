/** The ids of the sections whose figure is the live 2x2 network, in reading order (1–7). */
export const TWO_BY_TWO_SECTIONS = [
  'bias',
  'forward',
  'output-derivatives',
  'hidden-derivatives',
  'error',
  'output-gradient',
  'hidden-gradient',
] as const;
