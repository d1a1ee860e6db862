// CITE042 — typeface. Case names (with their procedural phrases), signals, Id.
// and subsequent-history phrases are italicised. Pincite can see typeface only
// where the text carries it, so the rule runs on Markdown (`*…*`, `_…_`) and
// asks for one style per document: it speaks only when the document italicises
// some case names and leaves others roman (and, for signals, Id. and history
// phrases, when italics are that document's prevailing style). It also catches
// the comma after a signal's `e.g.` set inside the italics: `*See, e.g.*,`.

import type { Citation, Span } from '../types';
import type { Edit, Finding, Rule } from './types';
import { mergeEdits } from './edits';
import { italicRunOver, italicRuns, type ItalicRun } from './emphasis';
import { historyPhrases } from './historyPhrases';
import { insideAnyOf, trimSpan } from './spans';

type Category = 'name' | 'signal' | 'id' | 'history';

interface Item {
  cite: Citation;
  category: Category;
  span: Span;
  italic: ItalicRun | undefined;
}

const LABEL: Record<Category, string> = { name: 'case name', signal: 'signal', id: 'Id.', history: 'history phrase' };

export const CITE042: Rule = {
  meta: {
    code: 'CITE042',
    title: 'Italics for case names, signals, Id. and history phrases',
    defaultSeverity: 'warning',
    indigo: 'R2.1, R2.2',
    bluebook: '2.1, B2',
    fix: 'safe',
  },
  check({ cites, text, quoted }) {
    const runs = italicRuns(text);
    if (runs.length === 0) return [];
    const inQuote = insideAnyOf(quoted);
    const items = typefaceItems(cites, text, runs, inQuote);
    const notes = new Notes();
    flagRomanItems(text, items, notes);
    flagCommaInItalics(cites, text, runs, inQuote, notes);
    return notes.findings();
  },
};

/** Case names, signals, Id. and history phrases outside quotations, each with the italic run over it (if any). */
function typefaceItems(cites: Citation[], text: string, runs: ItalicRun[], inQuote: (s: Span) => boolean): Item[] {
  const hasMarkerInside = (s: Span) => /[*_]/.test(text.slice(s.start, s.end));
  const items: Item[] = [];
  const add = (cite: Citation, category: Category, raw: Span) => {
    const span = trimSpan(text, raw.start, raw.end);
    if (span.end <= span.start || inQuote(span) || hasMarkerInside(span)) return;
    items.push({ cite, category, span, italic: italicRunOver(runs, span.start, span.end) });
  };
  for (const c of cites) {
    if ('caseName' in c && c.caseName) add(c, 'name', c.caseName.span);
    if (c.signal) add(c, 'signal', c.signal.span);
    if (c.kind === 'id') add(c, 'id', { start: c.span.start, end: c.span.start + c.form.length });
  }
  for (const h of historyPhrases(text, cites).values()) {
    add(h.cite, 'history', { start: h.words[0].start, end: h.words[h.words.length - 1].end });
  }
  return items;
}

/** What is wrong with each citation's typeface, gathered into one finding per citation. */
class Notes {
  private readonly byCite = new Map<number, { parts: string[]; edits: Edit[]; span: Span }>();

  note(c: Citation, part: string, edits: Edit[], span: Span): void {
    let f = this.byCite.get(c.index);
    if (!f) this.byCite.set(c.index, (f = { parts: [], edits: [], span: { ...span } }));
    f.parts.push(part);
    f.edits.push(...edits);
    f.span = { start: Math.min(f.span.start, span.start), end: Math.max(f.span.end, span.end) };
  }

  findings(): Array<Omit<Finding, 'code' | 'severity'>> {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    for (const [index, f] of this.byCite) {
      out.push({
        span: f.span,
        citation: index,
        message: `Typeface: ${f.parts.join('; ')}. Italicize case names, signals, Id. and history phrases, and keep one style through the document.`,
        fixes: [{ title: 'Set the typeface', edits: mergeEdits(dedupe(f.edits)) }],
      });
    }
    out.sort((a, b) => a.span.start - b.span.start);
    return out;
  }
}

/**
 * Roman items where the document's style is italic: a case name when other
 * names are italic (with a roman signal right before it), signals, Id. and
 * history phrases where italics prevail for them.
 */
function flagRomanItems(text: string, items: Item[], notes: Notes): void {
  const italicCount: Record<Category, number> = { name: 0, signal: 0, id: 0, history: 0 };
  const romanCount: Record<Category, number> = { name: 0, signal: 0, id: 0, history: 0 };
  const nameOf = new Map<number, Item>();
  const signalOf = new Map<number, Item>();
  for (const it of items) {
    if (it.italic) italicCount[it.category]++;
    else romanCount[it.category]++;
    if (it.category === 'name') nameOf.set(it.cite.index, it);
    if (it.category === 'signal') signalOf.set(it.cite.index, it);
  }
  // A document that italicises no case name has chosen roman (or carries no typeface at all).
  const namesInconsistent = italicCount.name > 0 && romanCount.name > 0;
  const prevails = (cat: Category) => italicCount[cat] > 0 && italicCount[cat] >= romanCount[cat];
  // Roman signals set beside italic names show a roman-signal house style: then leave signals alone.
  let romanBesideItalic = false;
  for (const [index, sig] of signalOf) if (!sig.italic && nameOf.get(index)?.italic) romanBesideItalic = true;
  const romanSignalStyle = romanBesideItalic && !prevails('signal');
  const marker = dominantMarker(items);
  const wrapped = new Set<Item>();

  for (const it of items) {
    if (it.italic || wrapped.has(it)) continue;
    if (it.category === 'name') {
      if (!namesInconsistent) continue;
      // A roman signal right before the name joins the same italic run (`*See Salu v. Miranda*`).
      const found = signalOf.get(it.cite.index);
      const sig = found && !found.italic ? found : undefined;
      let start = it.span.start;
      if (sig && !romanSignalStyle) {
        const between = text.slice(sig.span.end, it.span.start);
        if (/^\s+$/.test(between)) {
          start = sig.span.start;
          wrapped.add(sig);
        }
      }
      notes.note(
        it.cite,
        `the ${LABEL.name} "${text.slice(it.span.start, it.span.end)}" is roman while other case names in this document are italic`,
        [
          { start, end: start, newText: marker },
          { start: it.span.end, end: it.span.end, newText: marker },
        ],
        it.span,
      );
      continue;
    }
    // Signals, Id. and history phrases: flagged where italics are the document's prevailing style
    // for them. (A roman signal beside a roman name was wrapped with the name above.)
    if (it.category === 'signal' && romanSignalStyle) continue;
    if (!prevails(it.category)) continue;
    const what = it.category === 'id' ? '' : `the ${LABEL[it.category]} `;
    notes.note(
      it.cite,
      `${what}"${text.slice(it.span.start, it.span.end)}" is roman while the document italicizes other ${LABEL[it.category] === 'Id.' ? 'Id.s' : LABEL[it.category] + 's'}`,
      [
        { start: it.span.start, end: it.span.start, newText: marker },
        { start: it.span.end, end: it.span.end, newText: marker },
      ],
      it.span,
    );
  }
}

/** `*See, e.g., Sargent v. Emons*`: the comma after e.g. stays roman. */
function flagCommaInItalics(cites: Citation[], text: string, runs: ItalicRun[], inQuote: (s: Span) => boolean, notes: Notes): void {
  for (const c of cites) {
    const sig = c.signal;
    if (!sig || !/e\.g\.,\s*$/i.test(sig.text)) continue;
    const comma = text.lastIndexOf(',', sig.span.end - 1);
    if (comma < sig.span.start || inQuote(sig.span)) continue;
    const run = italicRunOver(runs, comma, comma + 1);
    if (!run) continue;
    const edits: Edit[] = [];
    if (run.end === comma + 1) {
      // `*See, e.g.,* Sargent`: move the comma outside the closing marker.
      let after = comma + 1;
      while (text[after] === run.marker) after++;
      edits.push({ start: comma, end: comma + 1, newText: '' }, { start: after, end: after, newText: ',' });
    } else {
      // The run goes on into the name: close it before the comma and reopen it after the space.
      let after = comma + 1;
      while (after < run.end && /\s/.test(text[after])) after++;
      if (after === comma + 1 || after >= run.end) continue;
      edits.push({ start: comma, end: comma, newText: run.marker }, { start: after, end: after, newText: run.marker });
    }
    notes.note(c, 'the comma after "e.g." is inside the italics; it stays roman', edits, sig.span);
  }
}

/** The marker the document uses for italic case names (`*` unless `_` is more common). */
function dominantMarker(items: Item[]): string {
  let star = 0;
  let under = 0;
  for (const it of items) {
    if (it.category !== 'name' || !it.italic) continue;
    if (it.italic.marker === '*') star++;
    else under++;
  }
  return under > star ? '_' : '*';
}

function dedupe(edits: Edit[]): Edit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const k = `${e.start}:${e.end}:${e.newText}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
