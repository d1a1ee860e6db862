// How far apart two short words are, counting a swap of two neighbouring
// letters as one edit (optimal string alignment). A typist's commonest slip is
// such a swap (`Youngre` for `Younger`), which plain Levenshtein counts as two;
// the Levenshtein packages in node_modules (leven, fast-levenshtein) do not
// count swaps, so the few lines are written here. Case names are compared word
// by word, so the words are short and the table small.

/** Edits (insert, delete, substitute, swap neighbours) from `a` to `b`; stops early and returns `limit + 1` once the distance must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}
