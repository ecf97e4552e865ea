export type Flavour = 'numpy' | 'pytorch';

/** backprop_2x2_numpy.py, backprop_2-4-4-1_pytorch.py: the network and the library in the name. */
export const scriptFileName = (shape: string, flavour: Flavour) => `backprop_${shape}_${flavour}.py`;
