#!/usr/bin/env python3
"""Independent reference values for the 2x2 network (sections 2-7), computed with the
scalar chain-rule formulas of the derivation (corrected per DESIGN.md errata), NOT with the
engine's matrix code. 50 significant digits via `decimal`.

Run:  python3 src/nn/__fixtures__/handworked.py
The printed numbers are pasted literally into src/nn/backward.test.ts and
src/nn/gradientCheck.test.ts.

Run:  python3 src/nn/__fixtures__/handworked.py --json > src/nn/__fixtures__/handworked.json
writes the activation/loss cases (second half of this file) that models.handworked.test.ts reads.

Conventions: sigma(x) = 1/(1+exp(-x)) on every layer; E = (H-t1)^2 + (I-t2)^2 (no 1/2).
W1 = [[a, b, b_F], [c, d, b_G]], W2 = [[e, f, b_H], [g, h, b_I]].
"""
import json
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 50

def sigma(x):
    return D(1) / (D(1) + (-x).exp())

i1, i2 = D("0.05"), D("0.10")
t1, t2 = D("0.01"), D("0.99")
a, b, bF = D("0.15"), D("0.20"), D("0.35")
c, d, bG = D("0.25"), D("0.30"), D("0.35")
e, f, bH = D("0.40"), D("0.45"), D("0.60")
g, h, bI = D("0.50"), D("0.55"), D("0.60")

netF = a * i1 + b * i2 + bF
netG = c * i1 + d * i2 + bG
F, G = sigma(netF), sigma(netG)
netH = e * F + f * G + bH
netI = g * F + h * G + bI
H, I = sigma(netH), sigma(netI)
E = (H - t1) ** 2 + (I - t2) ** 2

# sigma'(net) = s(1-s)
sF, sG, sH, sI = F * (1 - F), G * (1 - G), H * (1 - H), I * (1 - I)

# output layer: dE/de = 2(H-t1) s_H F, ...
dE_de = 2 * (H - t1) * sH * F
dE_df = 2 * (H - t1) * sH * G
dE_dbH = 2 * (H - t1) * sH
dE_dg = 2 * (I - t2) * sI * F
dE_dh = 2 * (I - t2) * sI * G
dE_dbI = 2 * (I - t2) * sI

# hidden layer: dE/da = 2 s_F i1 [(H-t1) s_H e + (I-t2) s_I g], ...
bracketF = (H - t1) * sH * e + (I - t2) * sI * g
bracketG = (H - t1) * sH * f + (I - t2) * sI * h
dE_da = 2 * sF * i1 * bracketF
dE_db = 2 * sF * i2 * bracketF
dE_dbF = 2 * sF * bracketF
dE_dc = 2 * sG * i1 * bracketG
dE_dd = 2 * sG * i2 * bracketG
dE_dbG = 2 * sG * bracketG

def show(name, v):
    print(f"{name:8s} {v:.20e}")

def print_2x2():
  for name, v in [
      ("netF", netF), ("netG", netG), ("F", F), ("G", G),
      ("netH", netH), ("netI", netI), ("H", H), ("I", I), ("E", E),
      ("deltaF", 2 * sF * bracketF), ("deltaG", 2 * sG * bracketG),
      ("deltaH", 2 * (H - t1) * sH), ("deltaI", 2 * (I - t2) * sI),
      ("dE/da", dE_da), ("dE/db", dE_db), ("dE/dbF", dE_dbF),
      ("dE/dc", dE_dc), ("dE/dd", dE_dd), ("dE/dbG", dE_dbG),
      ("dE/de", dE_de), ("dE/df", dE_df), ("dE/dbH", dE_dbH),
      ("dE/dg", dE_dg), ("dE/dh", dE_dh), ("dE/dbI", dE_dbI),
  ]:
      show(name, v)


# ---------------------------------------------------------------------------------------------
# Activations and losses (DESIGN.md): the same chain rule, unit by unit, for other models.
# Each unit's slope is written from its definition, the softmax one through its full Jacobian
# d out_k / d net_m = out_k (1[k = m] - out_m), and cross-entropy from its definition
# -sum t ln out, with out computed at 50 digits (no shortcut out - t is used here).


def act(name, zs):
    if name == "sigmoid":
        return [sigma(z) for z in zs]
    if name == "tanh":
        return [((2 * z).exp() - 1) / ((2 * z).exp() + 1) for z in zs]
    if name == "relu":
        return [z if z > 0 else D(0) for z in zs]
    if name == "linear":
        return list(zs)
    if name == "softmax":
        es = [z.exp() for z in zs]
        s = sum(es)
        return [e / s for e in es]
    raise ValueError(name)


def jacobian(name, zs, os):
    """d out_k / d net_m for one layer."""
    n = len(zs)
    if name == "softmax":
        return [[os[k] * ((1 if k == m else 0) - os[m]) for m in range(n)] for k in range(n)]
    if name == "sigmoid":
        d = [o * (1 - o) for o in os]
    elif name == "tanh":
        d = [1 - o * o for o in os]
    elif name == "relu":
        d = [D(1) if z > 0 else D(0) for z in zs]
    else:
        d = [D(1)] * n
    return [[d[k] if k == m else D(0) for m in range(n)] for k in range(n)]


def loss_and_slope(loss, os, ts):
    """E and dE/d out_k."""
    if loss == "squared":
        return sum((o - t) ** 2 for o, t in zip(os, ts)), [2 * (o - t) for o, t in zip(os, ts)]
    if loss == "half-squared":
        return sum((o - t) ** 2 for o, t in zip(os, ts)) / 2, [o - t for o, t in zip(os, ts)]
    raise ValueError(loss)


def run_case(weights, xs, ts, acts, loss):
    W = [[[D(v) for v in row] for row in m] for m in weights]
    a = [D(v) for v in xs]
    t = [D(v) for v in ts]
    inputs, nets, outs = [], [], []
    for l, m in enumerate(W):
        inputs.append(a)
        z = [sum(row[j] * a[j] for j in range(len(a))) + row[len(a)] for row in m]
        a = act(acts[l], z)
        nets.append(z)
        outs.append(a)
    y = outs[-1]
    if loss == "cross-entropy":
        if acts[-1] == "softmax":
            E = -sum(tk * o.ln() for tk, o in zip(t, y))
            dEdo = [-tk / o for tk, o in zip(t, y)]
        else:
            E = -sum(tk * o.ln() + (1 - tk) * (1 - o).ln() for tk, o in zip(t, y))
            dEdo = [-tk / o + (1 - tk) / (1 - o) for tk, o in zip(t, y)]
    else:
        E, dEdo = loss_and_slope(loss, y, t)
    L = len(W)
    deltas = [None] * L
    J = jacobian(acts[-1], nets[-1], y)
    deltas[-1] = [sum(dEdo[k] * J[k][m] for k in range(len(y))) for m in range(len(y))]
    for l in range(L - 1, 0, -1):
        back = [sum(W[l][i][j] * deltas[l][i] for i in range(len(W[l]))) for j in range(len(outs[l - 1]))]
        Jl = jacobian(acts[l - 1], nets[l - 1], outs[l - 1])
        deltas[l - 1] = [sum(back[k] * Jl[k][m] for k in range(len(back))) for m in range(len(back))]
    grads = [[[d * v for v in inputs[l] + [D(1)]] for d in deltas[l]] for l in range(L)]
    fmt = lambda v: f"{v:.25e}"
    return {
        "E": fmt(E),
        "out": [fmt(o) for o in y],
        "delta": [[fmt(d) for d in layer] for layer in deltas],
        "grad": [[[fmt(v) for v in row] for row in m] for m in grads],
    }


MAZUR = [[[0.15, 0.20, 0.35], [0.25, 0.30, 0.35]], [[0.40, 0.45, 0.60], [0.50, 0.55, 0.60]]]
CASES = [
    ("Mazur, sigmoid, half-squared", MAZUR, [0.05, 0.10], [0.01, 0.99], ["sigmoid", "sigmoid"], "half-squared"),
    ("tanh hidden, linear output, squared", [[[0.7, -1.2, 0.1], [-0.4, 0.9, -0.3]], [[1.1, -0.6, 0.2]]],
     [0.5, -0.25], [0.3], ["tanh", "linear"], "squared"),
    ("relu with a dead unit, sigmoid output, cross-entropy",
     [[[0.8, 0.3, 0.1], [-1.0, -0.5, -0.2], [0.4, -0.9, 0.6]], [[0.5, -1.5, 0.9, -0.1]]],
     [0.6, 0.2], [1], ["relu", "sigmoid"], "cross-entropy"),
    ("2-3-3 sigmoid hidden, softmax output, cross-entropy",
     [[[0.2, -0.4, 0.1], [0.7, 0.3, -0.5], [-0.6, 0.8, 0.25]],
      [[0.5, -0.3, 0.9, 0.05], [-0.8, 0.6, 0.2, -0.1], [0.3, 0.4, -0.7, 0.15]]],
     [0.9, -0.3], [0, 1, 0], ["sigmoid", "softmax"], "cross-entropy"),
    ("softmax output with squared error (the full softmax Jacobian)", MAZUR, [0.05, 0.10], [0.01, 0.99],
     ["sigmoid", "softmax"], "squared"),
    ("three layers: relu, tanh, sigmoid; half-squared",
     [[[0.5, -0.2, 0.1], [0.3, 0.8, -0.4]], [[-0.7, 0.6, 0.2], [0.9, -0.3, -0.1]], [[0.4, -0.5, 0.3]]],
     [1.5, -0.5], [0.8], ["relu", "tanh", "sigmoid"], "half-squared"),
]

if __name__ == "__main__":
    if "--json" in sys.argv:
        cases = []
        for name, w, x, t, acts, loss in CASES:
            case = {"name": name, "weights": w, "x": x, "t": t, "activation": acts, "loss": loss}
            case.update(run_case(w, x, t, acts, loss))
            cases.append(case)
        print(json.dumps(cases, indent=1))
    else:
        print_2x2()
