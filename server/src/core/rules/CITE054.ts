// CITE054 — a short form built wrong. A short form names the volume and
// reporter of the full citation and then `at` and the pin: it does not repeat
// the first page (`Fenton, 233 N.E.2d 219` → `Fenton, 233 N.E.2d at 219`), does
// not change the volume or reporter of the case it refers to, and does not mix
// a full parallel segment with short ones (`Saucier, 150 L. Ed. 2d 272, 121 S.
// Ct. at 2156` → `Saucier, 121 S. Ct. at 2156`). Fixed only when the short form
// points to exactly one earlier full citation. A comma before `at` (`491 U. S.,
// at 406`) is the Supreme Court's form: a warning elsewhere, accepted in that
// house style; so are West's parallels added to a short form without a pin.

import type { CaseCitation, Citation, ShortCaseCitation } from '../types';
import type { Edit, Finding, Rule } from './types';
import { inNoteCalledBefore } from './citeParts';
import { firstPagePin, nameWords, parallelLead } from '../cite/predicates';

export const CITE054: Rule = {
  meta: {
    code: 'CITE054',
    title: 'Malformed short form',
    defaultSeverity: 'error',
    indigo: 'R15.2.2',
    bluebook: '10.9(a)(ii)',
    fix: 'safe',
  },
  check({ cites, text, style }) {
    const out: Array<Omit<Finding, 'code' | 'severity'> & { severity?: Finding['severity'] }> = [];
    let index: FullIndex | undefined;
    for (const c of cites) {
      if (c.kind !== 'shortCase' || c.parallelOf !== undefined) continue;
      const group = [c, ...c.parallels.map((i) => cites[i])].filter((x): x is ShortCaseCitation => x.kind === 'shortCase');
      const unique = c.resolution === 'resolved' && c.antecedent !== null && c.antecedent !== undefined;
      const full = group.filter((g) => g.page !== undefined);
      const short = group.filter((g) => g.page === undefined);

      const comma = style.accepts.has('shortFormCommaAt') ? undefined : group.flatMap((g) => g.notes).find((n) => n.code === 'shortCommaBeforeAt');
      if (comma) {
        out.push({
          span: c.span,
          citation: c.index,
          severity: 'warning',
          message: 'No comma between the reporter and "at" in a short form: write "' + `${c.volume} ${c.reporter ?? c.reporterAsWritten} at`.replace(/\s+/g, ' ') + '".',
          fixes: [{ title: 'Remove the comma', edits: [{ start: comma.span.start, end: comma.span.end, newText: '' }] }],
        });
      }
      if (full.length > 0 && short.length > 0) {
        if (!style.accepts.has('parallels')) out.push({ ...mixed(text, c, group, full, unique), severity: 'warning' });
        continue;
      }
      if (full.length > 0) {
        const f = firstPage(text, c);
        if (group.length === 1 && f) {
          const pins = c.pins;
          const reporter = c.reporter ?? c.reporterAsWritten;
          let message: string;
          let edit: Edit;
          if (pins.length > 0) {
            const pin = pins[0];
            message = `A short form gives the pin after "at", not the first page: write "${c.volume} ${reporter} at ${pin.text}", not "${c.volume} ${reporter} ${c.page}, ${pin.text}".`;
            edit = { start: f.start, end: pin.span.start, newText: 'at ' };
          } else {
            // `See generally Microsoft, 253 F.3d 34`: the first page again, naming the case as a whole.
            const antecedent = c.antecedent != null ? cites[c.antecedent] : undefined;
            const repeat = antecedent?.kind === 'case' && antecedent.page === c.page;
            if (repeat && style.accepts.has('shortFormFirstPage')) continue;
            message = repeat
              ? `A short form points to a page with "at": write "${c.volume} ${reporter} at [pin]", or cite the case in full to refer to it as a whole.`
              : `A short form needs "at" before its pin: write "${c.volume} ${reporter} at ${c.page}".`;
            edit = { start: f.start, end: f.start, newText: 'at ' };
            if (repeat) {
              out.push({ span: c.span, citation: c.index, severity: 'warning', message, fixes: [] });
              continue;
            }
          }
          out.push({
            span: c.span,
            citation: c.index,
            message: unique ? message : `${message} (Pincite cannot tell which earlier citation this refers to, so it offers no fix.)`,
            fixes: unique ? [{ title: 'Write the short form with "at"', edits: [edit] }] : [],
          });
        } else {
          out.push({
            span: c.span,
            citation: c.index,
            message:
              'This short form gives first pages instead of "at" and a pin in each reporter. Write "[volume] [reporter] at [pin]" for each; Pincite cannot supply the pins.',
            fixes: [],
          });
        }
        continue;
      }
      // A full citation in a note called before the short form (`[24]`) is its antecedent, read later.
      if (c.resolution === 'unresolved' && !inNoteCalledBefore(cites, c, text)) {
        index ??= indexFull(cites);
        const f = differingReporter(cites, index, c);
        if (f) out.push(f);
      }
    }
    return out;
  },
};

/** Where the repeated first page of a short-form segment sits in the original text. */
function firstPage(text: string, c: ShortCaseCitation): { start: number; end: number } | undefined {
  if (c.page === undefined) return undefined;
  const from = c.reporterSpan.end;
  const m = /^[\s*_]*(\d+)/.exec(text.slice(from, c.span.end));
  if (!m || m[1] !== c.page) return undefined;
  const start = from + m[0].length - m[1].length;
  return { start, end: start + m[1].length };
}

/** End of a segment's own text: its last pin, else its page. */
function segmentEnd(text: string, g: ShortCaseCitation): number | undefined {
  if (g.pins.length) return g.pins[g.pins.length - 1].span.end;
  return firstPage(text, g)?.end;
}

function mixed(text: string, c: ShortCaseCitation, group: ShortCaseCitation[], full: ShortCaseCitation[], unique: boolean): Omit<Finding, 'code' | 'severity'> {
  const shown = full.map((g) => `${g.volume} ${g.reporter ?? g.reporterAsWritten} ${g.page}`).join('", "');
  const alt = full.map((g) => `${g.volume} ${g.reporter ?? g.reporterAsWritten} at [pin]`).join('", "');
  const edits: Edit[] = [];
  let ok = unique;
  for (const g of full) {
    const k = group.indexOf(g);
    const start = g.volumeSpan.start;
    const end = segmentEnd(text, g);
    if (end === undefined) {
      ok = false;
      break;
    }
    if (k < group.length - 1) edits.push({ start, end: group[k + 1].volumeSpan.start, newText: '' });
    else {
      const prevEnd = segmentEnd(text, group[k - 1]) ?? group[k - 1].span.end;
      edits.push({ start: prevEnd, end, newText: '' });
    }
  }
  return {
    span: c.span,
    citation: c.index,
    message: `This short form mixes a full parallel ("${shown}") with short ones. Drop it, or give it its own pin ("${alt}"), which Pincite cannot supply.`,
    fixes: ok && edits.length ? [{ title: 'Drop the full parallel', edits }] : [],
  };
}

/** Full case citations (every segment) by reporter and by volume, in document order. */
interface FullIndex {
  byReporter: Map<string, CaseCitation[]>;
  byVolume: Map<string, CaseCitation[]>;
}

function indexFull(cites: Citation[]): FullIndex {
  const byReporter = new Map<string, CaseCitation[]>();
  const byVolume = new Map<string, CaseCitation[]>();
  const push = (m: Map<string, CaseCitation[]>, k: string, c: CaseCitation) => {
    const l = m.get(k);
    if (l) l.push(c);
    else m.set(k, [c]);
  };
  for (const c of cites) {
    if (c.kind !== 'case' || !c.reporter) continue;
    push(byReporter, c.reporter, c);
    push(byVolume, c.volume, c);
  }
  return { byReporter, byVolume };
}

/** How many earlier full citations one short form compares itself with, at most. */
const MAX_COMPARED = 400;

/**
 * A short form that names an earlier case but gives a volume or reporter that
 * case does not have (`Russo, 158 F. Supp. at 234` after `158 F. Supp. 2d 214`).
 */
function differingReporter(cites: Citation[], index: FullIndex, c: ShortCaseCitation): Omit<Finding, 'code' | 'severity'> | undefined {
  if (!c.caseName) return undefined;
  const sw = nameWords(c.caseName.text);
  if (sw.length === 0) return undefined;
  const pin = firstPagePin(c.pins)?.from;
  const matches = new Map<string, { full: CaseCitation; part: 'volume' | 'reporter' }>();
  const pool = [...(c.reporter ? (index.byReporter.get(c.reporter) ?? []) : []), ...(index.byVolume.get(c.volume) ?? [])];
  let compared = 0;
  for (const f of pool) {
    if (f.index >= c.index || ++compared > MAX_COMPARED) continue;
    const lead = parallelLead(cites, f);
    const name = 'caseName' in lead ? lead.caseName?.text : undefined;
    const fw = nameWords(name);
    if (!sw.every((w) => fw.includes(w))) continue;
    const page = Number(f.page);
    if (pin !== undefined && Number.isFinite(page) && pin < page) continue;
    const sameReporter = !!f.reporter && f.reporter === c.reporter;
    const sameVolume = f.volume === c.volume;
    let part: 'volume' | 'reporter' | undefined;
    if (sameReporter && !sameVolume) part = 'volume';
    else if (sameVolume && !sameReporter && !!f.reporter) part = 'reporter';
    if (!part) continue;
    matches.set(f.authority ?? `#${f.index}`, { full: f, part });
  }
  if (matches.size === 0) return undefined;
  const reporter = c.reporter ?? c.reporterAsWritten;
  if (matches.size > 1) {
    return {
      span: c.span,
      citation: c.index,
      message: `No case named ${c.caseName.text} was cited in full at ${c.volume} ${reporter}; the short form's volume or reporter differs from the full citation. Several earlier citations could be meant, so Pincite offers no fix.`,
      fixes: [],
    };
  }
  const { full, part } = [...matches.values()][0];
  const right = part === 'volume' ? full.volume : full.reporter!;
  const span = part === 'volume' ? c.volumeSpan : c.reporterSpan;
  return {
    span: c.span,
    citation: c.index,
    message: `The short form's ${part} ("${c.volume} ${c.reporter ?? c.reporterAsWritten}") differs from the full citation of ${c.caseName.text} (${full.volume} ${full.reporter} ${full.page}): write "${full.volume} ${full.reporter} at …".`,
    fixes: [{ title: `Write "${right}"`, edits: [{ start: span.start, end: span.end, newText: right }] }],
  };
}
