/**
 * An independent reference for the browser tests: the 2x2 network written out scalar by
 * scalar from the derivation's formulas (not through src/nn), so a test can check what the
 * page shows against a second derivation.
 */
export interface Params2x2 {
  a: number;
  b: number;
  bF: number;
  c: number;
  d: number;
  bG: number;
  e: number;
  f: number;
  bH: number;
  g: number;
  h: number;
  bI: number;
}

const sig = (x: number) => 1 / (1 + Math.exp(-x));

export function reference2x2(p: Params2x2, i1: number, i2: number, t1: number, t2: number) {
  const netF = p.a * i1 + p.b * i2 + p.bF;
  const netG = p.c * i1 + p.d * i2 + p.bG;
  const F = sig(netF);
  const G = sig(netG);
  const netH = p.e * F + p.f * G + p.bH;
  const netI = p.g * F + p.h * G + p.bI;
  const H = sig(netH);
  const I = sig(netI);
  const E = (H - t1) ** 2 + (I - t2) ** 2;
  const sF = F * (1 - F);
  const sG = G * (1 - G);
  const sH = H * (1 - H);
  const sI = I * (1 - I);
  // ∂E/∂a = 2 σ'(net_F) i1 [(H−t1) σ'(net_H) e + (I−t2) σ'(net_I) g], and likewise
  const backF = 2 * sF * ((H - t1) * sH * p.e + (I - t2) * sI * p.g);
  const backG = 2 * sG * ((H - t1) * sH * p.f + (I - t2) * sI * p.h);
  const grad: Params2x2 = {
    a: backF * i1,
    b: backF * i2,
    bF: backF,
    c: backG * i1,
    d: backG * i2,
    bG: backG,
    e: 2 * (H - t1) * sH * F,
    f: 2 * (H - t1) * sH * G,
    bH: 2 * (H - t1) * sH,
    g: 2 * (I - t2) * sI * F,
    h: 2 * (I - t2) * sI * G,
    bI: 2 * (I - t2) * sI,
  };
  return { netF, netG, F, G, netH, netI, H, I, E, grad };
}

export const PARAM_NAMES = ['a', 'b', 'bF', 'c', 'd', 'bG', 'e', 'f', 'bH', 'g', 'h', 'bI'] as const;
/** The symbol each parameter's slider names, as the page writes it. */
export const SLIDER_SYMBOL: Record<(typeof PARAM_NAMES)[number], string> = {
  a: 'a',
  b: 'b',
  bF: 'β_F',
  c: 'c',
  d: 'd',
  bG: 'β_G',
  e: 'e',
  f: 'f',
  bH: 'β_H',
  g: 'g',
  h: 'h',
  bI: 'β_I',
};

/** Mazur's worked example, the page's default network: his w1 … w8 are a … h, b1 = 0.35, b2 = 0.60 */
export const MAZUR_PARAMS: Readonly<Params2x2> = {
  a: 0.15,
  b: 0.2,
  bF: 0.35,
  c: 0.25,
  d: 0.3,
  bG: 0.35,
  e: 0.4,
  f: 0.45,
  bH: 0.6,
  g: 0.5,
  h: 0.55,
  bI: 0.6,
};
