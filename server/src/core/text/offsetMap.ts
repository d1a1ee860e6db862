// Maps offsets in normalised text back to the original text.
//
// Normalisation only ever deletes characters or replaces one character with one
// character, so the map is piecewise linear: a run of normalised characters maps
// to a run of original characters with a constant shift. We store one entry per
// run (where a deletion changed the shift), not one per character, which keeps
// memory small for long documents that are mostly clean.

export class OffsetMap {
  /** Normalised index where each run starts (ascending). */
  private readonly normStarts: number[] = [0];
  /** Original index of the first character of each run. */
  private readonly origStarts: number[] = [0];

  /** Record that normalised index `norm` corresponds to original index `orig` from here on. */
  mark(norm: number, orig: number): void {
    const last = this.normStarts.length - 1;
    if (this.normStarts[last] === norm) {
      this.origStarts[last] = orig;
      return;
    }
    // Skip entries that keep the same shift as the previous run.
    if (orig - norm === this.origStarts[last] - this.normStarts[last]) return;
    this.normStarts.push(norm);
    this.origStarts.push(orig);
  }

  /** Original offset of the normalised character at `norm` (a span start). */
  start(norm: number): number {
    const k = this.run(norm);
    return this.origStarts[k] + (norm - this.normStarts[k]);
  }

  /**
   * Original offset just past the normalised character at `norm - 1` (a span end,
   * exclusive). Deleted noise after the last character stays outside the span.
   */
  end(norm: number): number {
    if (norm <= 0) return this.start(0);
    return this.start(norm - 1) + 1;
  }

  /**
   * The map of a text laid out from pieces `[a, b)` of the text this map
   * describes, end to end in the order given (a footnote block read after the
   * sentence it interrupted). Each piece keeps its own runs, so the new map is
   * still piecewise linear, though no longer ascending in the original.
   */
  rearranged(pieces: Array<[number, number]>): OffsetMap {
    const out = new OffsetMap();
    let pos = 0;
    for (const [a, b] of pieces) {
      if (b <= a) continue;
      let k = this.run(a);
      out.mark(pos, this.origStarts[k] + (a - this.normStarts[k]));
      for (k++; k < this.normStarts.length && this.normStarts[k] < b; k++) out.mark(pos + this.normStarts[k] - a, this.origStarts[k]);
      pos += b - a;
    }
    return out;
  }

  private run(norm: number): number {
    const a = this.normStarts;
    let lo = 0;
    let hi = a.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (a[mid] <= norm) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
