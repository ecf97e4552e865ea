/**
 * A colour scale sampled into a 256-entry RGBA table, so a canvas can colour 10,000 cells per
 * frame by lookup instead of calling the scale and parsing its CSS string for each one.
 */
export function colorTable(scale: (t: number) => string): Uint8ClampedArray {
  const table = new Uint8ClampedArray(256 * 4);
  for (let k = 0; k < 256; k++) {
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(scale(k / 255));
    table.set(m ? [Number(m[1]), Number(m[2]), Number(m[3]), 255] : [0, 0, 0, 255], k * 4);
  }
  return table;
}

/** Fills `image` from values in [0, 1] through `table`. */
export function paint(image: ImageData, values: ArrayLike<number>, table: Uint8ClampedArray): void {
  const data = image.data;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const k = (Math.max(0, Math.min(1, Number.isFinite(v) ? v : 0)) * 255 + 0.5) | 0;
    const o = k * 4;
    const p = i * 4;
    data[p] = table[o] as number;
    data[p + 1] = table[o + 1] as number;
    data[p + 2] = table[o + 2] as number;
    data[p + 3] = 255;
  }
}
