// Finds where a passage a brief quotes appears in an opinion's text, the way a
// careful cite-checker would accept it: word for word, but reading past what
// differs between printings of the same opinion (star pages, footnote calls,
// line wrapping, emphasis, curly quotes, punctuation) and past what a brief may
// change in a quotation (ellipses, bracketed alterations, [sic], trailing
// notes such as "(emphasis added)").
//
// Both texts are cut into words: lower-cased letters and digits, punctuation
// dropped, apostrophes and hyphens inside a word deleted (`court's` is
// `courts`, `Crough-well` is `croughwell`). The opinion's words go into an
// inverted index once; a quotation is split at its ellipses and bracketed word
// groups into fragments, each fragment is looked up from its rarest word, and
// the fragments are chained in order within the gap each omission allows.
//
// The tokenizer is quoteTokens.ts, the reading of a quotation quotation.ts;
// this file holds the index and the search.
//
// Pure: no file system, no editor types.

import { normalize } from '../text/normalize';
import { OffsetMap } from '../text/offsetMap';
import type { QuoteMatch } from './types';
import { scan } from './quoteTokens';
import { matchesPattern, MAX_PATTERN_WORD, parseQuote, type QWord } from './quotation';

export { quoteWords } from './quotation';

export interface QuoteIndex {
  /** Every place the quotation appears, in text order (original offsets, first matched character to last). Empty when it does not appear or the quote has no words. */
  find(quote: string): QuoteMatch[];
}

/** Steps one find may take before giving up, so no input can make it hang. */
const WORK_BUDGET = 2_000_000;

// ---------------------------------------------------------------------------
// The index

/** A quotation word resolved against the index: one word id, or the ids a pattern matches. */
interface Resolved {
  id: number;
  set: Set<number> | null;
  count: number;
}

class BudgetExceeded extends Error {}

/** First index of sorted `a` whose value is at least `v`. */
function lowerBound(a: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildQuoteIndex(text: string): QuoteIndex {
  const src = typeof text === 'string' ? text : '';
  let norm: string;
  let map: OffsetMap;
  try {
    const n = normalize(src);
    norm = n.text;
    map = n.map;
  } catch {
    // An identity map over the raw text is a worse reading but never a wrong offset.
    norm = src;
    map = new OffsetMap();
  }
  const ix = indexWords(norm);
  return {
    find(quote: string): QuoteMatch[] {
      try {
        return find(ix, map, quote);
      } catch {
        // BudgetExceeded, or anything unforeseen: no match is the safe answer.
        return [];
      }
    },
  };
}

/** The opinion's words: every token in text order, and an inverted index from each word to its tokens. */
interface WordIndex {
  vocab: Map<string, number>;
  words: string[];
  /** Tokens. */
  N: number;
  /** Distinct words. */
  V: number;
  /** Word id of each token. */
  ids: Int32Array;
  /** 1 where the token is a footnote call. */
  calls: Uint8Array;
  /** Normalised offsets of each token. */
  tokFrom: Int32Array;
  tokTo: Int32Array;
  /** Postings in one array: word w's positions are post[off[w]] .. post[off[w + 1] - 1], ascending. */
  off: Int32Array;
  post: Int32Array;
  /** nonCall[q]: tokens before q that are not footnote calls. */
  nonCall: Int32Array;
  patternCache: Map<string, Set<number>>;
}

function indexWords(norm: string): WordIndex {
  const vocab = new Map<string, number>();
  const words: string[] = [];
  const tokIds: number[] = [];
  const tokStart: number[] = [];
  const tokEnd: number[] = [];
  const tokCall: number[] = [];
  const push = (key: string, start: number, end: number, call: number) => {
    let id = vocab.get(key);
    if (id === undefined) {
      id = words.length;
      vocab.set(key, id);
      words.push(key);
    }
    tokIds.push(id);
    tokStart.push(start);
    tokEnd.push(end);
    tokCall.push(call);
  };
  scan(norm, false, {
    word: (key, _pieces, start, end) => push(key, start, end, 0),
    call: (key, start, end) => push(key, start, end, 1),
    gap: () => {},
  });

  // Typed copies: the index lives as long as the opinion is open.
  const N = tokIds.length;
  const ids = Int32Array.from(tokIds);
  const calls = Uint8Array.from(tokCall);
  const tokFrom = Int32Array.from(tokStart);
  const tokTo = Int32Array.from(tokEnd);
  // Postings in one array: word w's positions are post[off[w]] .. post[off[w + 1] - 1], ascending.
  const V = words.length;
  const off = new Int32Array(V + 1);
  for (let q = 0; q < N; q++) off[ids[q] + 1]++;
  for (let w = 0; w < V; w++) off[w + 1] += off[w];
  const post = new Int32Array(N);
  // nonCall[q]: tokens before q that are not footnote calls.
  const nonCall = new Int32Array(N + 1);
  for (let q = 0; q < N; q++) nonCall[q + 1] = nonCall[q] + (calls[q] ? 0 : 1);
  const fill = off.slice(0, V);
  for (let q = 0; q < N; q++) post[fill[ids[q]]++] = q;
  return { vocab, words, N, V, ids, calls, tokFrom, tokTo, off, post, nonCall, patternCache: new Map() };
}

/** The ids of the words a bracketed pattern matches, remembered per pattern. */
function patternIds(ix: WordIndex, pieces: string[]): Set<number> {
  const cacheKey = pieces.join('\u0000');
  let set = ix.patternCache.get(cacheKey);
  if (!set) {
    set = new Set<number>();
    let literal = 0;
    for (const p of pieces) literal += p.length;
    if (literal <= MAX_PATTERN_WORD) {
      for (let w = 0; w < ix.V; w++) if (matchesPattern(pieces, ix.words[w])) set.add(w);
    }
    if (ix.patternCache.size > 256) ix.patternCache.clear();
    ix.patternCache.set(cacheKey, set);
  }
  return set;
}

/** The tokens a resolved quotation word stands at, ascending. */
function postingsOf(ix: WordIndex, r: Resolved): ArrayLike<number> {
  const { off, post } = ix;
  if (!r.set) return post.subarray(off[r.id], off[r.id + 1]);
  const all: number[] = [];
  for (const w of r.set) for (let k = off[w]; k < off[w + 1]; k++) all.push(post[k]);
  return all.sort((a, b) => a - b);
}

/**
 * One look-up's matching of fragments against the index, counting the steps
 * it takes: past WORK_BUDGET it gives up (BudgetExceeded).
 */
class FragmentMatcher {
  work = 0;
  constructor(private readonly ix: WordIndex) {}

  private same(r: Resolved, q: number): boolean {
    return r.set ? r.set.has(this.ix.ids[q]) : r.id === this.ix.ids[q];
  }

  /**
   * Matches fragment `rf` with its word `k` at token `p`, skipping footnote calls
   * that do not match the next quoted word. Returns [first, last] tokens or null.
   */
  extend(rf: Resolved[], k: number, p: number): [number, number] | null {
    const { calls, N } = this.ix;
    let q = p - 1;
    for (let x = k - 1; x >= 0; x--) {
      for (;;) {
        if (q < 0) return null;
        if (this.same(rf[x], q)) break;
        if (!calls[q]) return null;
        q--;
        this.work++;
      }
      q--;
      this.work++;
    }
    const first = q + 1;
    q = p + 1;
    for (let x = k + 1; x < rf.length; x++) {
      for (;;) {
        if (q >= N) return null;
        if (this.same(rf[x], q)) break;
        if (!calls[q]) return null;
        q++;
        this.work++;
      }
      q++;
      this.work++;
    }
    if (this.work > WORK_BUDGET) throw new BudgetExceeded();
    return [first, q - 1];
  }
}

/** Each fragment's anchor (its rarest word) and that word's tokens, and the fragment whose anchor is rarest of all. */
interface Anchors {
  anchorOf: number[];
  anchorLists: ArrayLike<number>[];
  rarest: number;
}

/** Token ranges `[winLo[w], winHi[w]]` a match may lie in, ascending and disjoint. */
interface Windows {
  winLo: number[];
  winHi: number[];
}

/** Placements of the fragments chained in order: for the last fragment, each placement's end and, through `links`, its chain. */
interface Chains {
  prevEnd: Int32Array;
  links: Int32Array[];
  starts: Int32Array[];
}

function find(ix: WordIndex, map: OffsetMap, quote: string): QuoteMatch[] {
  const { fragments, gaps } = parseQuote(quote);
  if (fragments.length === 0 || ix.N === 0) return [];
  const resolved = resolveFragments(ix, fragments);
  if (!resolved) return [];
  const matcher = new FragmentMatcher(ix);
  const anchors = anchorsOf(ix, resolved);
  const windows = searchWindows(ix, matcher, resolved, gaps, anchors);
  if (!windows) return [];
  const chains = chainFragments(matcher, resolved, gaps, anchors, windows);
  if (!chains) return [];
  return matchesOf(ix, map, resolved, chains);
}

/** Resolves every word; a word the opinion never uses settles the question at once (null). */
function resolveFragments(ix: WordIndex, fragments: QWord[][]): Resolved[][] | null {
  const { off } = ix;
  const resolved: Resolved[][] = [];
  for (const frag of fragments) {
    const rf: Resolved[] = [];
    for (const w of frag) {
      if (w.pieces) {
        const set = patternIds(ix, w.pieces);
        if (set.size === 0) return null;
        let count = 0;
        for (const id of set) count += off[id + 1] - off[id];
        rf.push({ id: -1, set, count });
      } else {
        const id = ix.vocab.get(w.key);
        if (id === undefined) return null;
        rf.push({ id, set: null, count: off[id + 1] - off[id] });
      }
    }
    resolved.push(rf);
  }
  return resolved;
}

/** Each fragment is looked up from its rarest word. */
function anchorsOf(ix: WordIndex, resolved: Resolved[][]): Anchors {
  const anchorOf: number[] = [];
  const anchorLists: ArrayLike<number>[] = [];
  let rarest = 0;
  for (let f = 0; f < resolved.length; f++) {
    const rf = resolved[f];
    let k = 0;
    for (let x = 1; x < rf.length; x++) if (rf[x].count < rf[k].count) k = x;
    anchorOf.push(k);
    anchorLists.push(postingsOf(ix, rf[k]));
    if (rf[k].count < resolved[rarest][anchorOf[rarest]].count) rarest = f;
  }
  return { anchorOf, anchorLists, rarest };
}

/**
 * Every match contains a match of the rarest fragment, and around it at most
 * as many words as the rest of the quote has plus the gaps it allows (footnote
 * calls aside, which the non-call prefix counts leave out). Only anchors in
 * those windows are tried, so a common fragment (`the [court]`) costs little.
 * Null when the rarest fragment matches nowhere.
 */
function searchWindows(ix: WordIndex, matcher: FragmentMatcher, resolved: Resolved[][], gaps: number[], anchors: Anchors): Windows | null {
  const { N, nonCall } = ix;
  const { anchorOf, anchorLists, rarest } = anchors;
  const winLo: number[] = [];
  const winHi: number[] = [];
  let before = 0;
  let after = 0;
  for (let f = 0; f < resolved.length; f++) {
    if (f < rarest) before += resolved[f].length + gaps[f + 1];
    else if (f > rarest) after += resolved[f].length + gaps[f];
  }
  const rf = resolved[rarest];
  const list = anchorLists[rarest];
  for (let a = 0; a < list.length; a++) {
    matcher.work++;
    const m = matcher.extend(rf, anchorOf[rarest], list[a]);
    if (!m) continue;
    // lo: first token with at most `before` non-call tokens from it to the match.
    let lo = 0;
    let hi = m[0];
    const needLo = nonCall[m[0]] - before;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nonCall[mid] >= needLo) hi = mid;
      else lo = mid + 1;
    }
    const from = lo;
    // to: last token with at most `after` non-call tokens after the match up to it.
    lo = m[1];
    hi = N - 1;
    const needHi = nonCall[m[1] + 1] + after;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (nonCall[mid + 1] <= needHi) lo = mid;
      else hi = mid - 1;
    }
    const to = lo;
    if (winLo.length && from <= winHi[winHi.length - 1] + 1) winHi[winHi.length - 1] = Math.max(winHi[winHi.length - 1], to);
    else {
      winLo.push(from);
      winHi.push(to);
    }
  }
  return winLo.length === 0 ? null : { winLo, winHi };
}

/**
 * Chains the fragments in order. For each placement of fragment f we keep the
 * closest placement of fragment f-1 before it (the one ending last), which is
 * the one most likely to be within the allowed gap. Null when a fragment has
 * no placement in the chain, or the work budget runs out.
 */
function chainFragments(matcher: FragmentMatcher, resolved: Resolved[][], gaps: number[], anchors: Anchors, windows: Windows): Chains | null {
  const { winLo, winHi } = windows;
  let prevEnd: Int32Array = new Int32Array(0);
  const links: Int32Array[] = [];
  const starts: Int32Array[] = [];
  for (let f = 0; f < resolved.length; f++) {
    const rf = resolved[f];
    const k = anchors.anchorOf[f];
    const list = anchors.anchorLists[f];
    // At most one placement per anchor in the windows: size the arrays once
    // (growing plain arrays is what made huge inputs slow).
    const firstIn: number[] = [];
    let cap = 0;
    for (let w = 0; w < winLo.length; w++) {
      const a = lowerBound(list, winLo[w]);
      firstIn.push(a);
      cap += lowerBound(list, winHi[w] + 1) - a;
    }
    matcher.work += cap;
    if (matcher.work > WORK_BUDGET) return null;
    const curStart = new Int32Array(cap);
    const curEnd = new Int32Array(cap);
    const curLink = new Int32Array(cap);
    let count = 0;
    // Placements come in anchor order, so their ends almost always ascend; sort only when not.
    let order: number[] | null = null;
    for (let x = 1; x < prevEnd.length; x++) {
      if (prevEnd[x] < prevEnd[x - 1]) {
        const ends = prevEnd;
        order = Array.from(ends, (_, y) => y).sort((u, v) => ends[u] - ends[v]);
        break;
      }
    }
    const endAt = (x: number) => prevEnd[order ? order[x] : x];
    const minEnd = prevEnd.length ? endAt(0) : -1;
    for (let w = 0; w < winLo.length; w++) {
      for (let a = firstIn[w]; a < list.length && list[a] <= winHi[w]; a++) {
        const p = list[a];
        if (f > 0 && p <= minEnd) continue;
        matcher.work++;
        const m = matcher.extend(rf, k, p);
        if (!m) continue;
        if (count > 0 && curStart[count - 1] === m[0]) continue;
        let link = -1;
        if (f > 0) {
          let blo = 0;
          let bhi = prevEnd.length - 1;
          let best = -1;
          while (blo <= bhi) {
            const mid = (blo + bhi) >> 1;
            if (endAt(mid) < m[0]) {
              best = mid;
              blo = mid + 1;
            } else bhi = mid - 1;
          }
          if (best < 0 || m[0] - endAt(best) - 1 > gaps[f]) continue;
          link = order ? order[best] : best;
        }
        curStart[count] = m[0];
        curEnd[count] = m[1];
        curLink[count] = link;
        count++;
      }
    }
    if (count === 0) return null;
    links.push(curLink);
    starts.push(curStart);
    prevEnd = curEnd.subarray(0, count);
  }
  return { prevEnd, links, starts };
}

/** Traces each placement of the last fragment back to where its chain starts; overlapping matches give way to the first. */
function matchesOf(ix: WordIndex, map: OffsetMap, resolved: Resolved[][], chains: Chains): QuoteMatch[] {
  const { prevEnd, links, starts } = chains;
  const last = resolved.length - 1;
  const n = prevEnd.length;
  const chainStart = new Int32Array(n);
  let sorted = true;
  for (let x = 0; x < n; x++) {
    let idx = x;
    for (let f = last; f > 0; f--) idx = links[f][idx];
    chainStart[x] = starts[0][idx];
    if (x > 0 && chainStart[x] < chainStart[x - 1]) sorted = false;
  }
  const byStart = Array.from(chainStart, (_, x) => x);
  if (!sorted) byStart.sort((u, v) => chainStart[u] - chainStart[v] || prevEnd[u] - prevEnd[v]);
  const out: QuoteMatch[] = [];
  let lastEnd = -1;
  for (const x of byStart) {
    const s = chainStart[x];
    const e = prevEnd[x];
    if (s <= lastEnd) continue; // overlaps a match already reported
    lastEnd = e;
    out.push({ start: map.start(ix.tokFrom[s]), end: map.end(ix.tokTo[e]) });
  }
  return out;
}
