import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISE_BY_ID, EXERCISES } from './exercises';
import { GLOSSARY, isTermId } from './glossary';

const dir = join(import.meta.dirname, '../../content');
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const ids = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1] ?? '');

describe('the content’s keys into the teaching tables', () => {
  it('every <Term id> used in content/*.mdx is in the glossary, and each term is wrapped once', () => {
    const used = files.flatMap((f) => ids(read(f), /<Term\s+id="([^"]+)"/g));
    expect(used.filter((id) => !isTermId(id))).toEqual([]);
    expect(used.length).toBe(new Set(used).size);
    // the terms the issue names are all wrapped somewhere
    for (const id of [
      'jacobian',
      'delta',
      'diag',
      'hadamard',
      'outer-product',
      'transpose',
      'no-bias-column',
    ]) {
      expect(used).toContain(id);
    }
    expect(Object.keys(GLOSSARY).filter((id) => !used.includes(id))).toEqual([]);
  });

  it('every <YourTurn id> exists, each exercise appears once, at least one in each of sections 2–11', () => {
    const bySection = new Map<string, string[]>();
    for (const f of files) {
      const meta = /export const meta = \{ id: '([^']+)'/.exec(read(f))?.[1] ?? f;
      bySection.set(meta, ids(read(f), /<YourTurn\s+id="([^"]+)"/g));
    }
    const used = [...bySection.values()].flat();
    expect(used.filter((id) => !EXERCISE_BY_ID.has(id))).toEqual([]);
    expect(used.length).toBe(new Set(used).size);
    expect(used.length).toBeGreaterThanOrEqual(12);
    expect(EXERCISES.map((e) => e.id).filter((id) => !used.includes(id))).toEqual([]);
    // sections 2–11: every file but the opening (00) and section 1 (01)
    const sections = files
      .filter((f) => !/^0[01]-/.test(f.split('/').at(-1) ?? f))
      .map((f) => /export const meta = \{ id: '([^']+)'/.exec(read(f))?.[1] ?? f);
    expect(sections).toHaveLength(10);
    for (const s of sections) expect(bySection.get(s)?.length ?? 0, s).toBeGreaterThan(0);
    // an exercise sits in the section its table entry names
    for (const [section, list] of bySection) {
      for (const id of list) expect(EXERCISE_BY_ID.get(id)?.section, id).toBe(section);
    }
  });
});
