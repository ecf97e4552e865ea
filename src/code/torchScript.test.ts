import { describe, expect, it } from 'vitest';
import { t, twoByTwo, x } from '../nn/__fixtures__/twoByTwo';
import { SCRIPT_NETWORKS } from './networks.fixture';
import { pyFloat } from './pyNumber';
import { torchScript } from './torchScript';

// PyTorch cannot be installed on the CI machine, so the script's text is what is checked here;
// its arithmetic is the NumPy script's, which CI runs (numpyScript.python.test.ts).
describe('torchScript', () => {
  const script = torchScript({ weights: twoByTwo(), x, t });

  it('holds the page’s numbers exactly, as float64 tensors', () => {
    expect(script).toContain('torch.set_default_dtype(torch.float64)');
    expect(script).toContain(`W1 = torch.tensor([\n    [${twoByTwo()[0][0].map(pyFloat).join(', ')}],`);
    expect(script).toContain(`x = torch.tensor([${x.map(pyFloat).join(', ')}])`);
    expect(script).toContain(`t = torch.tensor([${t.map(pyFloat).join(', ')}])`);
    expect(script).toMatch(/W2 = torch\.tensor\([\s\S]*?requires_grad=True\)/);
  });

  it('runs autograd, writes the backward pass by hand, and compares them with torch.allclose', () => {
    expect(script).toContain('E = ((out2 - t) ** 2).sum()');
    expect(script).toContain('E.backward()');
    expect(script).toContain('with torch.no_grad():');
    expect(script).toContain('    delta2 = (out2 * (1 - out2)) * dE_dout');
    expect(script).toContain('    delta1 = (out1 * (1 - out1)) * (W2[:, :-1].T @ delta2)');
    expect(script).toContain('same = torch.allclose(dE_dW1, W1.grad) and torch.allclose(dE_dW2, W2.grad)');
    expect(script).toContain('print("dE/dW2 by autograd =", W2.grad.tolist())');
    expect(script).toContain('print("E =", repr(E.item()))');
  });

  it('follows the model, with PyTorch’s own losses on the autograd side', () => {
    const deep = torchScript(SCRIPT_NETWORKS[2][1]);
    expect(deep).toContain('out1 = torch.relu(net1)');
    expect(deep).toContain('out3 = torch.softmax(net3, dim=0)');
    expect(deep).toContain('E = -(t * torch.log_softmax(net3, dim=0)).sum()');
    expect(deep).toContain('    delta3 = out3 * t.sum() - t');
    expect(deep).toContain('    delta1 = ((net1 > 0).double()) * (W2[:, :-1].T @ delta2)');
    expect(deep).toContain('torch.allclose(dE_dW3, W3.grad)');
    const bce = torchScript(SCRIPT_NETWORKS[3][1]);
    expect(bce).toContain('binary_cross_entropy_with_logits(net2, t, reduction="sum")');
    expect(bce).toContain('    delta2 = out2 - t');
    const soft = torchScript(SCRIPT_NETWORKS[4][1]);
    expect(soft).toContain('J = torch.diag(out2) - torch.outer(out2, out2)');
  });
});
