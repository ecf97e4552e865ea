import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { backward } from '../nn';
import { SCRIPT_NETWORKS } from './networks.fixture';
import { numpyScript } from './numpyScript';

/**
 * CI check: the generated NumPy scripts run under python3 and print what the engine computes,
 * to 1e-12. Without python3 + numpy this FAILS (CI installs python3-numpy, see .ci/run); set
 * SKIP_PYTHON=1 to skip it on a machine that cannot have them.
 */
const SKIP = process.env.SKIP_PYTHON === '1';

function python(args: string[], input?: string) {
  return spawnSync('python3', args, { input, encoding: 'utf8', timeout: 60_000 });
}

function requireNumpy(): void {
  const probe = python(['-c', 'import numpy']);
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'python3 with numpy is needed to run the generated NumPy scripts: install it with ' +
        '`apt-get install -y python3-numpy` (Debian/Ubuntu), or set SKIP_PYTHON=1 to skip this check. ' +
        `(${probe.error?.message ?? probe.stderr.trim()})`,
    );
  }
}

/** `E = 0.59…` and `dE/dW1 = [[…], …]` lines of the script's output. */
function parse(stdout: string): { E: number; grads: number[][][] } {
  const E = Number(stdout.match(/^E = (.+)$/m)?.[1]);
  const grads = [...stdout.matchAll(/^dE\/dW(\d+) = (.+)$/gm)].map((m) => JSON.parse(m[2]) as number[][]);
  return { E, grads };
}

describe.skipIf(SKIP)('the generated NumPy script, run by python3', () => {
  for (const [name, input] of SCRIPT_NETWORKS) {
    // a process per script, and numpy's import is slow on a busy machine: a generous timeout
    it(`prints the engine's E and ∂E/∂W to 1e-12: ${name}`, { timeout: 60_000 }, () => {
      requireNumpy();
      const run = python(['-'], numpyScript(input));
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toBe(''); // no overflow or invalid-value warnings
      const printed = parse(run.stdout);
      const engine = backward(input.weights, input.x, input.t, input.model);
      expect(Math.abs(printed.E - engine.error)).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(engine.error)),
      );
      expect(printed.grads).toHaveLength(engine.grad.length);
      engine.grad.forEach((m, l) => {
        m.forEach((row, i) => {
          row.forEach((g, j) => {
            expect(Math.abs(printed.grads[l][i][j] - g), `dE/dW${l + 1}[${i}][${j}]`).toBeLessThanOrEqual(
              1e-12 * Math.max(1, Math.abs(g)),
            );
          });
        });
      });
    });
  }
});
