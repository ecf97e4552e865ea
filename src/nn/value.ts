/**
 * A scalar reverse-mode autodiff, in the spirit of Karpathy's micrograd: every Value remembers
 * the operation that made it, its inputs and the local derivative ∂this/∂input of each, so
 * backward() can run the chain rule from the end of the graph to its leaves, and a figure can
 * draw the graph with each node's forward value (data) and adjoint (grad).
 */
import { relu, sigmoid, softplus } from './activation';

export type Op = '' | '+' | '-' | '*' | 'pow' | 'exp' | 'log' | 'tanh' | 'sigmoid' | 'relu' | 'softplus';

export class Value {
  /** ∂(the node backward() was called on)/∂this, after backward(); 0 before. */
  grad = 0;

  /**
   * @param data the forward value
   * @param inputs the Values this one was computed from ([] for a leaf)
   * @param local ∂this/∂inputs[i] at the forward values, one per input
   * @param op the operation ('' for a leaf: an input, a weight, a constant)
   * @param label a name for figures: 'x1', 'W1[0][1]', 'net2[0]', 'E'
   */
  constructor(
    readonly data: number,
    readonly inputs: readonly Value[] = [],
    readonly local: readonly number[] = [],
    readonly op: Op = '',
    public label = '',
  ) {}

  static from(v: Value | number): Value {
    return v instanceof Value ? v : new Value(v);
  }

  add(other: Value | number): Value {
    const o = Value.from(other);
    return new Value(this.data + o.data, [this, o], [1, 1], '+');
  }

  mul(other: Value | number): Value {
    const o = Value.from(other);
    return new Value(this.data * o.data, [this, o], [o.data, this.data], '*');
  }

  /** this^k for a constant exponent k. */
  pow(k: number): Value {
    return new Value(this.data ** k, [this], [k * this.data ** (k - 1)], 'pow');
  }

  neg(): Value {
    return this.mul(-1);
  }

  /** this − other as one node (a difference such as out − t is one node of the figure's graph) */
  sub(other: Value | number): Value {
    const o = Value.from(other);
    return new Value(this.data - o.data, [this, o], [1, -1], '-');
  }

  div(other: Value | number): Value {
    return this.mul(Value.from(other).pow(-1));
  }

  exp(): Value {
    const e = Math.exp(this.data);
    return new Value(e, [this], [e], 'exp');
  }

  log(): Value {
    return new Value(Math.log(this.data), [this], [1 / this.data], 'log');
  }

  tanh(): Value {
    const t = Math.tanh(this.data);
    return new Value(t, [this], [1 - t * t], 'tanh');
  }

  sigmoid(): Value {
    const s = sigmoid(this.data);
    return new Value(s, [this], [s * (1 - s)], 'sigmoid');
  }

  /** max(x, 0), with slope 0 at 0 like the engine. */
  relu(): Value {
    return new Value(relu(this.data), [this], [this.data > 0 ? 1 : 0], 'relu');
  }

  /** ln(1 + e^x), computed without overflow; its slope is sigma(x). */
  softplus(): Value {
    return new Value(softplus(this.data), [this], [sigmoid(this.data)], 'softplus');
  }

  named(label: string): this {
    this.label = label;
    return this;
  }

  /** Every node this one depends on, itself last, each after all of its inputs. */
  topological(): Value[] {
    const order: Value[] = [];
    const seen = new Set<Value>();
    // iterative depth-first search: deep networks would overflow a recursive one
    const stack: [Value, number][] = [[this, 0]];
    seen.add(this);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [v, k] = top;
      if (k < v.inputs.length) {
        top[1] = k + 1;
        const child = v.inputs[k];
        if (!seen.has(child)) {
          seen.add(child);
          stack.push([child, 0]);
        }
      } else {
        order.push(v);
        stack.pop();
      }
    }
    return order;
  }

  /**
   * Reverse-mode differentiation: this.grad = 1, then, in reverse topological order, each node
   * passes grad · ∂node/∂input to each input (adding, since a value can feed many nodes).
   * Returns the nodes in topological order.
   */
  backward(): Value[] {
    const order = this.topological();
    for (const v of order) v.grad = 0;
    this.grad = 1;
    for (let n = order.length - 1; n >= 0; n--) {
      const v = order[n];
      for (let i = 0; i < v.inputs.length; i++) v.inputs[i].grad += v.local[i] * v.grad;
    }
    return order;
  }
}
