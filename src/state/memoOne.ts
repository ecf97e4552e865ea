/**
 * `f`, remembering its last arguments and result: called again with the same arguments (by
 * identity), it returns the same result without computing it. Selectors are called on every
 * change of a store, and React may call one several times for one change; a selector built on
 * memoOne computes each quantity once per change of what it depends on.
 */
export function memoOne<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) {
      return last.value;
    }
    const value = f(...args);
    last = { args, value };
    return value;
  };
}
