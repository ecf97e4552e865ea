import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../app/mdxComponents';
import { QUANTITIES as LAB_QUANTITIES } from '../figures/lab/LabInline';
import { MATRICES } from '../state/matrices2x2';
import { QUANTITY } from '../state/quantities2x2';
import { SLIPS } from '../state/slips';
import { islandRegistry } from './registry';

/**
 * The string keys content/*.mdx passes to code, checked against the tables the code reads, so
 * a misspelt `q=`, matrix name, slip or lab quantity fails here instead of rendering raw TeX or
 * nothing. MDX is not type-checked; this walks every section's source.
 */
const dir = resolve(import.meta.dirname, '../../content');
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
const source = (f: string) => readFileSync(join(dir, f), 'utf8');
const attrs = (text: string, tag: string, attr: string) =>
  [...text.matchAll(new RegExp(`<${tag}\\b[^>]*?\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1] as string);

/** Known good and known bad, so the checks below are known to bite. */
const checks = {
  LiveFormula: (q: string) => Object.hasOwn(QUANTITY, q),
  SlipCheck: (slip: string) => Object.hasOwn(SLIPS, slip),
  LabValue: (of: string) => Object.hasOwn(LAB_QUANTITIES, of),
};

describe('content glue', () => {
  it('finds the sections and their keys', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    const all = files.map(source).join('\n');
    expect(attrs(all, 'LiveFormula', 'q').length).toBeGreaterThan(20);
    expect(checks.LiveFormula('grad:e')).toBe(true);
    expect(checks.LiveFormula('grad:ee')).toBe(false);
    expect(checks.SlipCheck('bG-uses-e')).toBe(true);
    expect(checks.SlipCheck('bG-uses-f')).toBe(false);
    expect(checks.LabValue('eta')).toBe(true);
    expect(checks.LabValue('etta')).toBe(false);
  });

  for (const f of files) {
    it(`${f}: every key it passes names something the code has`, () => {
      const text = source(f);
      const bad: string[] = [];
      for (const q of attrs(text, 'LiveFormula', 'q'))
        if (!checks.LiveFormula(q)) bad.push(`LiveFormula q="${q}"`);
      for (const s of attrs(text, 'SlipCheck', 'slip'))
        if (!checks.SlipCheck(s)) bad.push(`SlipCheck slip="${s}"`);
      for (const o of attrs(text, 'LabValue', 'of')) if (!checks.LabValue(o)) bad.push(`LabValue of="${o}"`);
      // equations={[[…], …]}: the bare identifiers are matrix names, the rest is TeX between them
      for (const m of text.matchAll(/equations=\{(\[[\s\S]*?\])\}\s*(?:\/?>|\w)/g)) {
        for (const [, word] of (m[1] as string).matchAll(/'([^']*)'/g)) {
          if (/^[A-Za-z][A-Za-z0-9]*$/.test(word as string) && !Object.hasOwn(MATRICES, word as string))
            bad.push(`matrix "${word}"`);
        }
      }
      // every component the prose uses is an island or a static MDX element the page provides
      for (const [, tag] of text.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
        if (!Object.hasOwn(islandRegistry, tag as string) && !Object.hasOwn(mdxComponents, tag as string))
          bad.push(`<${tag}> is neither an island nor an MDX component`);
      }
      expect(bad).toEqual([]);
    });
  }
});
