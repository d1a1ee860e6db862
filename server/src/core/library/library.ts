// The library of opinions: which opinion a citation designates, where a page
// of it is, whether a quotation is in it, and where the opinions themselves
// cite an authority. Pure: it is handed texts, it never reads files, so the
// server, the CLI and the tests share it.

import { analyzeText } from '../analyze';
import { isParallel } from '../cite/predicates';
import { lineStarts, positionAt } from '../text/lineIndex';
import type { Citation, ScanResult, Span } from '../types';
import { buildPageIndex, type PageIndex } from './pages';
import { buildQuoteIndex, type QuoteIndex } from './quotes';
import type { OpinionCite, OpinionMeta, OpinionTextMeta, QuoteMatch } from './types';

/** One text of an opinion, indexed on first use. */
export class OpinionText {
  private pageIdx?: PageIndex;
  private quoteIdx?: QuoteIndex;
  private scan?: ScanResult;
  private starts?: number[];
  private readonly found = new Map<string, QuoteMatch[]>();

  constructor(
    readonly opinion: Opinion,
    readonly meta: OpinionTextMeta,
    readonly text: string,
    /** Where a writer's own file begins after its header block. */
    readonly bodyStart = 0,
  ) {}

  get pages(): PageIndex {
    return (this.pageIdx ??= buildPageIndex(this.text, this.meta.pagination));
  }

  get quotes(): QuoteIndex {
    return (this.quoteIdx ??= buildQuoteIndex(this.text));
  }

  /** Zero-based line and character (UTF-16) of an offset, as LSP positions count. */
  positionAt(offset: number): { line: number; character: number } {
    return positionAt((this.starts ??= lineStarts(this.text)), offset, this.text.length);
  }

  /** The citations in the opinion itself (for "cited in"). */
  get citations(): ScanResult {
    return (this.scan ??= analyzeText(this.text));
  }

  /** Drops the scan once "cited in" has taken what it needs from it (a large library would keep every citation object alive). */
  releaseCitations(): void {
    this.scan = undefined;
  }

  /** Offset a link to `page` (and footnote) should open at: the page's marker, the footnote's text, or the start of the opinion's text. */
  targetOffset(page?: number, footnote?: string): number {
    if (footnote) {
      const fn = this.pages.footnote(footnote);
      if (fn) return fn.start;
    }
    if (page !== undefined) {
      const at = this.pages.pageStart(page);
      if (at !== undefined) return at;
    }
    return Math.max(this.bodyStart, this.pages.bodyStart);
  }

  /** The pages a span of this text runs over. */
  pagesOf(span: Span): { fromPage?: number; toPage?: number } {
    const fromPage = this.pages.pageAt(span.start);
    const toPage = this.pages.pageAt(Math.max(span.start, span.end - 1));
    return { fromPage, toPage };
  }

  /** Every place `quote` appears, with its pages. Remembered: each keystroke asks again for the same quotations. */
  findQuote(quote: string): QuoteMatch[] {
    let hit = this.found.get(quote);
    if (!hit) {
      if (this.found.size >= 2000) this.found.clear();
      hit = this.quotes.find(quote).map((m) => ({ ...m, ...this.pagesOf(m) }));
      this.found.set(quote, hit);
    }
    return hit;
  }

  /** Lowest and highest page the text holds. */
  get pageSpan(): { first: number; last: number } | undefined {
    const p = this.pages.pages;
    return p.length ? { first: p[0].page, last: p[p.length - 1].page } : undefined;
  }
}

export class Opinion {
  readonly texts: OpinionText[] = [];
  constructor(readonly meta: OpinionMeta) {}

  get primary(): OpinionText {
    return this.texts.find((t) => t.meta.primary) ?? this.texts[0];
  }

  /** True when one of the texts holds `page`. */
  holdsPage(page: number): boolean {
    return this.texts.some((t) => t.pages.pageStart(page) !== undefined);
  }

  /** The text to open for `page`: the primary text when it holds the page, else another that does. */
  textFor(page?: number): OpinionText {
    if (page === undefined) return this.primary;
    return [this.primary, ...this.texts].find((t) => t.pages.pageStart(page) !== undefined) ?? this.primary;
  }

  /**
   * Where `quote` appears: in the primary text first, then the others (the West
   * copy lacks footnotes, the Lexis copy has them). `paginated` looks only in
   * texts with star pages, for a caller that needs the pages.
   */
  findQuote(quote: string, { paginated = false } = {}): { text: OpinionText; matches: QuoteMatch[] } | undefined {
    for (const t of [this.primary, ...this.texts.filter((x) => x !== this.primary)]) {
      if (paginated && !t.pages.pages.length) continue;
      const matches = t.findQuote(quote);
      if (matches.length) return { text: t, matches };
    }
    return undefined;
  }

  /** Pages every text holds, summarised for messages: `219–242`. */
  heldPages(): string {
    const spans = this.texts.map((t) => t.pageSpan).filter((s): s is { first: number; last: number } => !!s);
    if (!spans.length) return '';
    const first = Math.min(...spans.map((s) => s.first));
    const last = Math.max(...spans.map((s) => s.last));
    return `${first}–${last}`;
  }
}

export interface OpinionInput {
  meta: OpinionMeta;
  texts: Array<{ meta: OpinionTextMeta; text: string; bodyStart?: number }>;
}

/** A place in an opinion's text that cites an authority. */
export interface CitedPlace {
  opinion: Opinion;
  text: OpinionText;
  /** Index of the citation in the opinion's own scan. */
  citation: number;
  span: Span;
  page?: number;
  section?: string;
  /** The sentence around the citation, whitespace collapsed, for a list or a hover. */
  sentence: string;
  /** The citation's explanatory parentheticals (`(holding that …)`). */
  explanations: string[];
}

/** Keys that identify a cited authority across documents. */
export function authorityKeys(cites: Citation[], members: number[]): string[] {
  const keys = new Set<string>();
  for (const i of members) {
    const c = cites[i];
    if (!c) continue;
    switch (c.kind) {
      case 'case':
        if (c.reporter) keys.add(`r:${c.volume} ${c.reporter} ${c.page}`);
        if (c.docket) keys.add(`k:${docketKey(c.docket)}`);
        break;
      case 'database':
        keys.add(`d:${c.year} ${c.database} ${c.number}`);
        break;
      case 'docket':
        keys.add(`k:${c.docketNormalized}`);
        break;
      case 'statute':
      case 'regulation':
        keys.add(`s:${c.title ? c.title + ' ' : ''}${c.code} § ${baseSection(c.section)}`);
        break;
      case 'rule':
        keys.add(`u:${c.code} ${c.rule.replace(/\(.*$/, '')}`);
        break;
      case 'constitution':
        keys.add(`c:${c.jurisdiction} ${c.part} ${romanToArabic(c.number)}`);
        break;
      default:
        break;
    }
  }
  return [...keys];
}

/** `4-165(a)` and `4-165` are the same section for "cited in". */
function baseSection(s: string): string {
  return s.replace(/\s*\(.*$/, '').trim();
}

function romanToArabic(s: string): string {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  if (!/^[IVXLC]+$/i.test(s)) return s;
  let n = 0;
  const u = s.toUpperCase();
  for (let i = 0; i < u.length; i++) {
    const a = v[u[i]];
    const b = v[u[i + 1]] ?? 0;
    n += a < b ? -a : a;
  }
  return String(n);
}

/** The key of one of an opinion's own citations, in the form `authorityKeys` gives a brief's. */
export function opinionCiteKey(c: OpinionCite): string {
  if (c.kind === 'reporter') return `r:${c.volume} ${c.reporter} ${c.page}`;
  if (c.kind === 'database') return `d:${c.year} ${c.database} ${c.number}`;
  return `k:${docketKey(c.docket)}`;
}

function docketKey(d: string): string {
  const m = /(\d{1,2})[:-](\d{2})[- ]?(cv|cr|mc)[- ]?0*(\d{1,6})/i.exec(d);
  return m ? `${m[1]}:${m[2]}-${m[3].toLowerCase()}-${m[4]}` : d.trim();
}

export class Library {
  readonly opinions: Opinion[] = [];
  private readonly byKey = new Map<string, Opinion>();
  private designations = new WeakMap<ScanResult, Map<number, Opinion>>();
  private readonly citedIndex = new Map<string, CitedPlace[]>();
  /** Opinions whose citations are in `citedIndex` already. */
  private readonly cited = new Set<Opinion>();

  constructor(inputs: OpinionInput[] = []) {
    for (const input of inputs) this.add(input);
  }

  add(input: OpinionInput): Opinion {
    const o = new Opinion(input.meta);
    for (const t of input.texts) o.texts.push(new OpinionText(o, t.meta, t.text, t.bodyStart ?? 0));
    this.opinions.push(o);
    for (const c of input.meta.cites) {
      const key = opinionCiteKey(c);
      if (!this.byKey.has(key)) this.byKey.set(key, o);
    }
    for (const d of input.meta.dockets) if (!this.byKey.has(`k:${docketKey(d)}`)) this.byKey.set(`k:${docketKey(d)}`, o);
    this.designations = new WeakMap(); // a new opinion can change what a scan designates
    return o;
  }

  get size(): number {
    return this.opinions.length;
  }

  /** The opinion a key (`r:158 F. Supp. 2d 214`) designates. */
  byCiteKey(key: string): Opinion | undefined {
    return this.byKey.get(key);
  }

  /**
   * The opinion each citation of a document designates, by citation index: full
   * and parallel citations by their reporter, database or docket; short forms,
   * Id. and supra through the authority they resolved to. A short form the
   * resolver could not attach still designates an opinion when its volume and
   * reporter name exactly one opinion whose pages hold the pin.
   */
  designate(result: ScanResult): Map<number, Opinion> {
    // The rules and the editor features both ask for the same scan's designations.
    let out = this.designations.get(result);
    if (out) return out;
    out = new Map<number, Opinion>();
    this.designations.set(result, out);
    if (!this.opinions.length) return out;
    const byAuthority = new Map<string, Opinion>();
    for (const a of result.authorities) {
      if (a.kind !== 'case' && a.kind !== 'database' && a.kind !== 'docket') continue;
      for (const key of authorityKeys(result.citations, a.citations)) {
        const o = this.byKey.get(key);
        if (o) {
          byAuthority.set(a.id, o);
          break;
        }
      }
    }
    for (const c of result.citations) {
      let o = c.authority ? byAuthority.get(c.authority) : undefined;
      if (!o && (c.kind === 'case' || c.kind === 'database' || c.kind === 'docket')) {
        o = authorityKeys(result.citations, [c.index])
          .map((k) => this.byKey.get(k))
          .find((x) => !!x);
      }
      if (!o && c.kind === 'shortCase' && c.resolution !== 'resolved' && c.reporter) o = this.byVolumeAndPin(c.volume, c.reporter, c.pins[0]?.from);
      if (o) out.set(c.index, o);
    }
    return out;
  }

  private byVolumeAndPin(volume: string, reporter: string, pin: number | undefined): Opinion | undefined {
    if (pin === undefined) return undefined;
    const hits = this.opinions.filter((o) =>
      o.meta.cites.some(
        (c) => c.kind === 'reporter' && c.volume === volume && c.reporter === reporter && pin >= c.page && (o.meta.lastPage === undefined || pin <= o.meta.lastPage),
      ),
    );
    return hits.length === 1 ? hits[0] : undefined;
  }

  /**
   * Every place the library's opinions cite an authority with one of `keys`, in
   * opinion order. `budget` caps how many opinions not yet indexed are indexed
   * now: a request passes a small one and gets the places found so far, so it
   * never waits for a large library (the warm-up indexes the rest).
   */
  citedIn(keys: string[], budget = Infinity): CitedPlace[] {
    for (const o of this.opinions) {
      if (this.cited.has(o)) continue;
      if (budget-- <= 0) break;
      this.indexCitations(o);
    }
    const index = this.citedIndex;
    const seen = new Set<CitedPlace>();
    const out: CitedPlace[] = [];
    for (const k of keys) for (const p of index.get(k) ?? []) if (!seen.has(p)) (seen.add(p), out.push(p));
    out.sort((a, b) => this.opinions.indexOf(a.opinion) - this.opinions.indexOf(b.opinion) || a.span.start - b.span.start);
    return out;
  }

  /**
   * Indexes the citations of every opinion, one at a time with a yield between
   * them, so a large library does not hold up the requests of the open brief.
   * `citedIn` finishes whatever is left if it is asked first.
   */
  async warmCitedIn(isCurrent: () => boolean = () => true): Promise<void> {
    for (const o of this.opinions) {
      if (!isCurrent()) return;
      if (!this.cited.has(o)) this.indexCitations(o);
      await new Promise((r) => setImmediate(r));
    }
  }

  /**
   * Scans an opinion's primary text once. Only primary texts count: the two
   * copies of one opinion would list every place twice.
   */
  private indexCitations(o: Opinion): void {
    this.cited.add(o);
    const t = o.primary;
    if (!t) return;
    const index = this.citedIndex;
    const scan = t.citations;
    for (const a of scan.authorities) {
      const keys = authorityKeys(scan.citations, a.citations);
      // An opinion citing itself (its own docket in the caption) is not a "cited in".
      if (keys.some((k) => this.byKey.get(k) === o)) continue;
      // A parallel segment is part of its lead's place, not a place of its own.
      const places = a.citations
        .filter((i) => scan.citations[i].span.start >= t.bodyStart && !isParallel(scan.citations[i]))
        .map((i) => this.place(o, t, scan.citations[i]));
      for (const k of keys) {
        const list = index.get(k);
        if (list) list.push(...places);
        else index.set(k, [...places]);
      }
    }
    t.releaseCitations();
  }

  private place(o: Opinion, t: OpinionText, c: Citation): CitedPlace {
    return {
      opinion: o,
      text: t,
      citation: c.index,
      span: c.span,
      page: t.pages.pageAt(c.span.start),
      section: t.pages.sectionAt(c.span.start)?.title,
      sentence: sentenceAround(t.text, c.span),
      explanations: c.parentheticals.filter((p) => p.kind === 'explanatory').map((p) => p.text.replace(/\s+/g, ' ')),
    };
  }
}

/** The sentence holding `span`, trimmed to a readable length. */
export function sentenceAround(text: string, span: Span, max = 400): string {
  let s = span.start;
  const floor = Math.max(0, span.start - max);
  while (s > floor) {
    const ch = text[s - 1];
    if (ch === '\n' && text[s - 2] === '\n') break;
    if ((ch === ' ' || ch === '\n') && /[.?!]["”']?$/.test(text.slice(Math.max(0, s - 3), s - 1)) && /[A-Z*“"]/.test(text[s] ?? '')) {
      // `v.` and reporter periods are not sentence ends; a capital after `. ` following a lower-case word usually is.
      const word = /(\S+)\s*$/.exec(text.slice(Math.max(0, s - 20), s - 1))?.[1] ?? '';
      if (!/^(v|U\.S|Co|Inc|Corp|Dep't|No|Cir|Supp|F|S|Ct|Ed|L|al|Id|id|Conn|App'x|n)\.$/.test(word) && !/^[A-Z]\.$/.test(word)) break;
    }
    s--;
  }
  let e = span.end;
  const ceil = Math.min(text.length, span.end + max);
  while (e < ceil) {
    const ch = text[e];
    if (ch === '\n' && text[e + 1] === '\n') break;
    if ((ch === '.' || ch === '?' || ch === '!') && /\s/.test(text[e + 1] ?? ' ') && /[A-Z\s]/.test(text[e + 2] ?? ' ')) {
      const word = /(\S+)$/.exec(text.slice(Math.max(0, e - 12), e))?.[1] ?? '';
      if (!/^(v|U\.S|Co|Inc|Corp|No|Cir|Supp|F|S|Ct|Ed|L|al|Id|id|Conn|n)$/.test(word)) {
        e++;
        break;
      }
    }
    e++;
  }
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}
