#!/usr/bin/env python3
"""Independent reference values for the 2x2 network (sections 2-7), computed with the
scalar chain-rule formulas of the derivation (corrected per DESIGN.md errata), NOT with the
engine's matrix code. 50 significant digits via `decimal`.

Run:  python3 src/nn/__fixtures__/handworked.py
The printed numbers are pasted literally into src/nn/backward.test.ts and
src/nn/gradientCheck.test.ts.

Conventions: sigma(x) = 1/(1+exp(-x)) on every layer; E = (H-t1)^2 + (I-t2)^2 (no 1/2).
W1 = [[a, b, b_F], [c, d, b_G]], W2 = [[e, f, b_H], [g, h, b_I]].
"""
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
