import { describe, expect, it } from 'vitest';
import { advance, freshNetwork } from './advance';
import { DEFAULT_SETTINGS } from './labConfig';
import { LAB_PARAMS } from './labParams';
import { divergenceMessage, statusText } from './labText';

describe('statusText', () => {
  it('reads `epoch N · error E` with 4 significant digits', () => {
    expect(statusText(1234, 0.0087)).toBe('epoch 1234 · error 0.008700');
  });
});

describe('divergenceMessage', () => {
  it('names the epoch, the parameter, its gradient and η, with no NaN or infinity', () => {
    const n = advance(freshNetwork(1), { ...DEFAULT_SETTINGS, learningRate: 1e9 }, 10);
    const d = n.divergence;
    if (!d) throw new Error('expected a divergence');
    const text = divergenceMessage(d);
    expect(text).toContain(`Training paused at epoch 0`);
    expect(text).toContain(`${d.param.name} (${d.param.role})`);
    expect(text).toMatch(/η = 1\.000e\+9/);
    expect(text).toMatch(/Reset/);
    expect(text).not.toMatch(/NaN|Infinity|∞|undefined/);
  });

  it('words an overflow differently', () => {
    const text = divergenceMessage({
      kind: 'overflow',
      epoch: 12,
      param: LAB_PARAMS[5],
      gradient: 3e4,
      learningRate: 1e306,
    });
    expect(text).toContain('the update to W1[2,3] (bias of h2) overflowed');
    expect(text).toContain('epoch 12');
  });
});
