/** The networks the script tests run: the page's 2x2, a 2-4-1 tanh net, a 3-layer softmax one. */
import { initWeights } from '../nn';
import { t, twoByTwo, x } from '../nn/__fixtures__/twoByTwo';
import type { ScriptInput } from './scriptModel';

export const SCRIPT_NETWORKS: [string, ScriptInput][] = [
  ['the 2x2 network (sigmoid, squared error)', { weights: twoByTwo(), x, t }],
  [
    'a 2-4-1 tanh network with a sigmoid output, half-squared',
    {
      weights: initWeights([2, 4, 1], 5, 1.5),
      x: [0.3, -1.2],
      t: [0.8],
      model: { activation: ['tanh', 'sigmoid'], loss: 'half-squared' },
    },
  ],
  [
    'three layers: relu, tanh, softmax with cross-entropy',
    {
      weights: initWeights([3, 4, 3, 3], 2, 1.5),
      x: [0.1, -0.5, 2],
      t: [0, 1, 0],
      model: { activation: ['relu', 'tanh', 'softmax'], loss: 'cross-entropy' },
    },
  ],
  [
    'sigmoid cross-entropy and a linear hidden layer',
    {
      weights: initWeights([2, 3, 2], 9, 1.5),
      x: [1, 0.5],
      t: [1, 0],
      model: { activation: ['linear', 'sigmoid'], loss: 'cross-entropy' },
    },
  ],
  [
    'softmax with squared error (the Jacobian written out)',
    {
      weights: initWeights([2, 2, 3], 4, 1.5),
      x: [0.25, 0.75],
      t: [0.2, 0.3, 0.5],
      model: { activation: ['sigmoid', 'softmax'] },
    },
  ],
];
