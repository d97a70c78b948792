// JSON read from files that other runs or other people wrote (metrics files, the protocol of a statistics or part
// file): JSON.parse itself copes with any nesting, but code that later walks the value recursively (JSON.stringify,
// a deep comparison) overflows the stack on a few hundred thousand levels: an internal error (exit 3) from a 1 MB
// file. Such values are refused when read: no fid-gate file nests more than a few levels.

/** The deepest nesting accepted in JSON read from a file (fid-gate writes at most 4 or 5 levels). */
export const MAX_JSON_DEPTH = 64;

/** Whether `v` nests arrays/objects more than `max` levels deep (checked without recursion). */
export function nestedDeeperThan(v: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length) {
    const [x, depth] = stack.pop()!;
    if (x === null || typeof x !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const y of Array.isArray(x) ? x : Object.values(x))
      if (y !== null && typeof y === 'object') stack.push([y, depth + 1]);
  }
  return false;
}

/** JSON.parse, refusing values nested more than `max` levels (SyntaxError, like any other malformed JSON). */
export function parseJsonBounded(text: string, max = MAX_JSON_DEPTH): unknown {
  const v: unknown = JSON.parse(text);
  if (nestedDeeperThan(v, max)) throw new SyntaxError(`nested more than ${max} levels deep`);
  return v;
}
