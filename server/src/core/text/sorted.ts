// Binary search over an ascending array of numbers (offsets, line starts, page
// edges): how many of its entries lie below a value, or at or below it. The
// rules and the normaliser look things up this way instead of scanning.

/** How many entries of ascending `sorted` are less than `value` (the index of the first at or after it). */
export function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many entries of ascending `sorted` are at most `value` (the index of the first after it). */
export function countAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
