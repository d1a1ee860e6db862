// Resolution: which earlier citation each short form, Id. and supra points to,
// and which citations name the same authority.
//
// Principles (Bluebook 4.1, 4.2, 10.9; Indigo R15):
// - `Id.` refers to the immediately preceding authority. Citations nested in
//   another citation's parenthetical never become its antecedent. When the
//   preceding citation sentence cites more than one authority (a string cite),
//   `Id.` is ambiguous. When its pin or parallel reporter cannot belong to the
//   antecedent, it is unresolved and the likely target is kept as `candidate`.
// - A short form resolves to an earlier full citation with the same volume and
//   reporter (any parallel segment) whose first page is not above the pin; a
//   name, when given, must not contradict it.
// - Nothing is guessed: anything else is left unresolved or ambiguous with a reason.
// - A short form or supra left unresolved still gets `fitsAuthority` when a full
//   citation anywhere in the document fits it (see fitUnattached): not an
//   antecedent, but where the table of authorities lists it.

import type { Authority, CaseCitation, Citation, DatabaseCitation, IdCitation, ShortCaseCitation, Span } from '../types';
import { insideQuotation, mergeRanges, quotedRanges } from '../text/quotes';
import { firstFullCitation, firstPagePin, isParallel, isTopLevelNotHistory, namesAgree, parallelLead, segKey, significantNameWords } from '../cite/predicates';

type CaseLike = CaseCitation | ShortCaseCitation | DatabaseCitation;

/**
 * Marks of a reference the scanner does not read as a citation, in the text
 * between an Id. and the last citation: a pin after `at`, a paragraph sign, a
 * docket entry in brackets (`[# 33]`), or a capitalised title followed by a page
 * (`Brief for Petitioner 26,`, `Reply Brief 5;`, `Tr. 45.`), or a citation in a
 * reporter Pincite does not know (`1 Law Reports of Trials of War Crim. 93
 * (1947)`, `United States v. Krauch, 7 Trials of War Criminals … 14 (1952)`),
 * a book cited by its edition (`… 361 (John J. Lalor ed., 1899)`), or a
 * Restatement (`Restatement (Second) of Torts § 876(b)`). Linear: each
 * alternative is anchored on a fixed token and bounded.
 */
const UNREAD_REFERENCE =
  /\bRestatement\b|\beds?\.,?[ \t\n](?:1[6-9]|20)\d\d\)|\bv\.[ \t\n]+[A-Z][^;]{0,80}?,[ \t\n]+\d{1,4}[ \t\n]+[A-Z][a-z]|\bat\s\*?\d|¶\s?\d|\[\s?#\s?\d|\b(?!(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][A-Za-z.'\u2019]{1,20}[ \t\n]\d{1,4}[a-z]{0,2}[ \t]*[,;.)\]]|\b\d{1,4}[ \t\n]+[A-Z][^\n()\d]{2,60}?[ \t\n]\d{1,5}[ \t\n]*\((?:[^()]{0,80}[ \t])?(?:1[6-9]|20)\d\d\)/;

function caseNameOf(c: Citation): string | undefined {
  return 'caseName' in c ? c.caseName?.text : undefined;
}

/** Resolves `cites`, found in `text` (the original document text their spans index). */
export function resolve(cites: Citation[], text: string, reproduced?: Span[]): Authority[] {
  const authorities = new Map<string, Authority>();
  const segToAuthority = new Map<string, string>();
  /**
   * Full citations by segment key (`volume reporter`), one entry per distinct
   * first page holding its latest citation. A short form looks at no more than
   * the last MAX_PAGES_PER_VOLUME pages cited in its volume, which keeps
   * resolution linear even on adversarial text; real briefs cite a handful.
   */
  const fullBySeg = new Map<string, Map<string, number>>();
  const MAX_PAGES_PER_VOLUME = 200;
  /** Top-level members of each citation sentence, filled as citations are read. */
  const sentenceMembers = new Map<number, Citation[]>();
  /** Latest named case-like citation for each lower-case name word (for supra). */
  const byNameWord = new Map<string, number>();

  const leadOf = (c: Citation): Citation => parallelLead(cites, c);
  const attach = (c: Citation, id: string, kind: Authority['kind'], label: string) => {
    c.authority = id;
    let a = authorities.get(id);
    if (!a) {
      a = { id, kind, label, citations: [] };
      authorities.set(id, a);
    }
    a.citations.push(c.index);
  };

  // Citation sentences: top-level citations joined only by `;`, a signal or `and`.
  assignSentences(cites, text);
  /**
   * Citations inside quoted text (a passage reproduced from another opinion,
   * between quotation marks or set off as a block) belong to that passage: an
   * Id. after the quotation refers to the source the writer cites, not to a
   * case the quoted court cited.
   */
  let quoted: Span[] | undefined;
  const inQuote = (c: Citation) => insideQuotation((quoted ??= mergeRanges(quotedRanges(text), reproduced)), c.span);

  for (const c of cites) {
    resolveOne(c);
    if (isTopLevelNotHistory(c) && !c.inTable && !c.ownCitation) {
      const list = sentenceMembers.get(c.sentence);
      if (list) list.push(c);
      else sentenceMembers.set(c.sentence, [c]);
    }
    const name = caseNameOf(c);
    if ((c.kind === 'case' || c.kind === 'database' || c.kind === 'docket') && !c.inTable) {
      // A `[hereinafter Smith]` name counts as the citation's name too.
      const hereinafter = c.parentheticals.find((x) => x.kind === 'hereinafter')?.text.replace(/^[([]\s*hereinafter\s*/i, '');
      for (const w of [...significantNameWords(name), ...significantNameWords(hereinafter)]) byNameWord.set(w, c.index);
    }
  }
  fitUnattached(cites, authorities);
  return [...authorities.values()];

  function resolveOne(c: Citation) {
    switch (c.kind) {
      case 'case':
      case 'database': {
        const lead = leadOf(c);
        if (lead !== c && lead.authority) {
          attach(c, lead.authority, 'case', authorities.get(lead.authority)!.label);
          if (c.kind === 'case' || c.kind === 'database') registerSeg(c);
          break;
        }
        if (lead !== c && lead.kind === 'shortCase') {
          // A full-form segment inside a short form (`Shay, 253 Conn. at 174, 749 A.2d 1147`).
          break;
        }
        // A later full citation of a case already cited joins its authority.
        const group = [c, ...((c as CaseCitation).parallels ?? []).map((p) => cites[p])];
        let id: string | undefined;
        for (const g of group) {
          const k = keyOf(g);
          if (k && segToAuthority.has(k)) {
            id = segToAuthority.get(k);
            break;
          }
        }
        if (c.kind === 'database') {
          const k = keyOf(c)!;
          const earlier = segToAuthority.get(k);
          if (earlier && !id) id = earlier;
          if (!c.caseName && earlier) {
            c.antecedent = authorities.get(earlier)!.citations[0];
            c.resolution = 'resolved';
          }
        }
        if (!id) id = `case:${keyOf(c) ?? c.text}`;
        attach(c, id, 'case', authorities.get(id)?.label ?? caseLabel(c));
        registerSeg(c);
        break;
      }
      case 'shortCase':
        resolveShort(c);
        break;
      case 'id':
        resolveId(c);
        break;
      case 'supra': {
        // The latest earlier citation sharing a word of the name (`Roth, supra`).
        let found: number | undefined;
        for (const w of significantNameWords(c.name)) {
          const k = byNameWord.get(w);
          if (k !== undefined && (found === undefined || k > found)) found = k;
        }
        if (found === undefined) {
          c.antecedent = null;
          c.resolution = 'unresolved';
          c.resolutionReason = `no earlier citation named ${c.name}`;
        } else {
          c.antecedent = found;
          c.resolution = 'resolved';
          const a = cites[found].authority;
          if (a) attach(c, a, authorities.get(a)!.kind, authorities.get(a)!.label);
        }
        break;
      }
      case 'docket': {
        const id = `case:No. ${c.docketNormalized}`;
        attach(c, id, 'case', authorities.get(id)?.label ?? docketLabel(c));
        break;
      }
      case 'record':
        attach(c, `record:${c.document}`, 'record', c.document);
        break;
      case 'source': {
        // Publications of one instrument set side by side (`102 Stat. 3045, 78 U.N.T.S. 277`,
        // `Pub. L. No. 90-351, 82 Stat. 197`) are one authority.
        const before = c.index > 0 ? cites[c.index - 1] : undefined;
        if (
          c.number &&
          before?.kind === 'source' &&
          before.authority &&
          !c.nested === !before.nested &&
          /^,[ \t\n]*$/.test(text.slice(before.span.end, c.span.start))
        ) {
          const a = authorities.get(before.authority)!;
          attach(c, a.id, 'source', a.label);
          break;
        }
        if (!c.number) {
          // `119 Cong. Rec. at 24599`: a short form of the volume cited before.
          const earlier = [...authorities.values()].reverse().find((a) => a.kind === 'source' && a.id.startsWith(`source:${c.volume} ${c.series} `));
          c.antecedent = earlier ? earlier.citations[0] : null;
          c.resolution = earlier ? 'resolved' : 'unresolved';
          if (earlier) attach(c, earlier.id, 'source', earlier.label);
          else c.resolutionReason = `no earlier citation of ${c.volume} ${c.series}`;
          break;
        }
        const label = `${c.volume ? c.volume + ' ' : ''}${c.series} ${c.number}`;
        attach(c, `source:${label}`, 'source', label);
        break;
      }
      case 'crossReference':
        break; // the filing pointing at itself: no authority
      case 'statute':
      case 'regulation': {
        const label = `${c.title ? c.title + ' ' : ''}${c.code} § ${c.section}`;
        attach(c, `${c.kind}:${label}`, c.kind, label);
        break;
      }
      case 'rule': {
        const label = `${c.code} ${c.rule}`;
        attach(c, `rule:${label}`, 'rule', label);
        break;
      }
      case 'constitution': {
        const label = `${c.jurisdiction} Const.${c.part ? ' ' + c.part + ' ' + c.number : ''}${c.section ? ', § ' + c.section : ''}${
          c.clause ? ', cl. ' + c.clause : ''
        }`;
        attach(c, `constitution:${label}`, 'constitution', label);
        break;
      }
    }
  }

  function keyOf(c: Citation): string | undefined {
    if (c.kind === 'case') return segKey(c) + ' ' + c.page;
    if (c.kind === 'database') return `${c.year} ${c.database} ${c.number}`;
    return undefined;
  }

  function registerSeg(c: Citation) {
    const k = keyOf(c);
    if (k && c.authority && !segToAuthority.has(k)) segToAuthority.set(k, c.authority);
    // A table entry or a history cite (`cert. denied, 540 U.S. 1218`) is no short form's antecedent.
    if (c.kind === 'case' && !c.inTable && !c.ownCitation && c.historyOf === undefined) {
      const sk = segKey(c);
      let pages = fullBySeg.get(sk);
      if (!pages) fullBySeg.set(sk, (pages = new Map()));
      pages.delete(c.page); // re-insert so the newest pages come last
      pages.set(c.page, c.index);
    }
  }

  function caseLabel(c: CaseLike): string {
    const lead = c;
    const parts: string[] = [];
    if (lead.caseName) parts.push(lead.caseName.text + ',');
    if (lead.kind === 'case') parts.push(`${lead.volume} ${lead.reporter ?? lead.reporterAsWritten} ${lead.page}`);
    else if (lead.kind === 'database') parts.push(`${lead.year} ${lead.database} ${lead.number}`);
    const court = lead.kind === 'database' ? lead.court : lead.kind === 'case' ? lead.court : undefined;
    const year = lead.kind === 'database' ? lead.decisionYear : lead.kind === 'case' ? lead.year : undefined;
    const date = lead.kind === 'case' || lead.kind === 'database' ? lead.date : undefined;
    if (court || year) parts.push(`(${[court, date ?? year].filter(Boolean).join(' ')})`);
    return parts.join(' ');
  }

  function docketLabel(c: Extract<Citation, { kind: 'docket' }>): string {
    const name = c.caseName ? c.caseName.text + ', ' : '';
    const when = [c.court, c.date ?? c.year].filter(Boolean).join(' ');
    return `${name}No. ${c.docket}${when ? ` (${when})` : ''}`;
  }

  function resolveShort(c: ShortCaseCitation) {
    const lead = leadOf(c);
    if (lead !== c) {
      // A parallel segment of a short form shares its lead's outcome.
      c.antecedent = lead.antecedent ?? null;
      c.resolution = lead.resolution;
      if (lead.authority) attach(c, lead.authority, 'case', authorities.get(lead.authority)!.label);
      return;
    }
    const segments = [c, ...c.parallels.map((p) => cites[p])].filter(
      (x): x is ShortCaseCitation => x.kind === 'shortCase',
    );
    let chosen: number | undefined;
    let reason = '';
    let candidate: number | undefined;
    for (const sg of segments) {
      const pages = fullBySeg.get(segKey(sg));
      const list = pages ? [...pages.values()].slice(-MAX_PAGES_PER_VOLUME) : [];
      if (list.length === 0) {
        reason = `no earlier full citation in ${sg.volume} ${sg.reporter ?? sg.reporterAsWritten}`;
        continue;
      }
      const pin = sg.page !== undefined ? Number(sg.page) : firstPagePin(sg.pins)?.from;
      // Distinct authorities in this volume whose first page is not above the pin.
      const byAuthority = new Map<string, number>();
      for (const idx of list) {
        const full = cites[idx] as CaseCitation;
        const page = Number(full.page);
        candidate = candidate ?? idx;
        if (pin !== undefined && Number.isFinite(page) && page > pin) continue;
        const a = full.authority ?? `#${idx}`;
        const prev = byAuthority.get(a);
        if (prev === undefined || Number((cites[prev] as CaseCitation).page) <= page) byAuthority.set(a, idx);
      }
      let options = [...byAuthority.values()];
      const nameOfLead = (idx: number) => caseNameOf(leadOf(cites[idx])) ?? caseNameOf(cites[idx]);
      if (c.caseName && options.length > 0) {
        const named = options.filter((idx) => namesAgree(c.caseName!.text, nameOfLead(idx)));
        if (named.length === 0) {
          reason = `${c.caseName.text} does not match the case cited at ${sg.volume} ${sg.reporter ?? sg.reporterAsWritten}`;
          candidate = options[options.length - 1];
          continue;
        }
        options = named;
      }
      if (options.length === 0) {
        reason = `pin ${pin} comes before the first page of every case cited in ${sg.volume} ${sg.reporter ?? sg.reporterAsWritten}`;
        continue;
      }
      // The case that starts closest below the pin is the one the pin falls in.
      options.sort((a, b) => Number((cites[a] as CaseCitation).page) - Number((cites[b] as CaseCitation).page));
      chosen = options[options.length - 1];
      break;
    }
    if (chosen === undefined) {
      c.antecedent = null;
      c.resolution = 'unresolved';
      c.resolutionReason = reason || 'no earlier full citation';
      if (candidate !== undefined) c.candidate = candidate;
      return;
    }
    c.antecedent = leadOf(cites[chosen]).index;
    c.resolution = 'resolved';
    const a = cites[chosen].authority;
    if (a) attach(c, a, 'case', authorities.get(a)!.label);
  }

  function resolveId(c: IdCitation) {
    // The immediately preceding top-level citation (parallels and history fold into their lead).
    // Subsequent history and table entries fold into nothing an Id. can mean;
    // a citation inside quoted text belongs to the quotation.
    let prev: Citation | undefined;
    for (let k = c.index - 1; k >= 0; k--) {
      const p = cites[k];
      if (c.nested ? p.nested && p.nestedIn === c.nestedIn ? false : p.index === c.nestedIn ? false : p.nested : p.nested) continue;
      if (isParallel(p)) continue;
      if (p.historyOf !== undefined || p.inTable || p.ownCitation || p.kind === 'crossReference') continue;
      if (!c.nested && inQuote(p) && !inQuote(c)) continue;
      prev = p;
      break;
    }
    if (!prev) {
      c.antecedent = null;
      c.resolution = 'unresolved';
      c.resolutionReason = 'no earlier citation';
      return;
    }
    // Something between the two that reads like a reference Pincite does not
    // parse (a brief, a transcript, `[# 33] at 2`, `¶ 12`) may be what the Id.
    // repeats: then nothing can be said about it.
    // The citations Pincite did read in between (history, quoted cites) are blanked out first.
    let gap = text.slice(prev.span.end, c.span.start);
    for (let k = prev.index + 1; k < c.index; k++) {
      const s = Math.max(cites[k].span.start, prev.span.end) - prev.span.end;
      const e = Math.min(cites[k].span.end, c.span.start) - prev.span.end;
      if (e > s) gap = gap.slice(0, s) + ' '.repeat(e - s) + gap.slice(e);
    }
    if (gap.length > 0 && UNREAD_REFERENCE.test(gap.length > 600 ? gap.slice(-600) : gap)) {
      c.antecedent = null;
      c.resolution = 'unresolved';
      c.resolutionReason = 'a reference Pincite does not read as a citation comes between this Id. and the last citation';
      return;
    }
    // A string cite before the Id. (in an earlier sentence) makes it ambiguous.
    if (prev.sentence !== c.sentence && !c.nested) {
      const members = sentenceMembers.get(prev.sentence) ?? [];
      // An Id. in the string counts as the authority it repeats.
      const distinct = new Set(
        members.map((x) => (x.kind === 'id' ? (x.antecedent != null ? (cites[x.antecedent].authority ?? `#${x.antecedent}`) : `id${x.index}`) : (x.authority ?? `#${x.index}`))),
      );
      if (distinct.size > 1) {
        c.antecedent = null;
        c.resolution = 'ambiguous';
        c.resolutionReason = 'the preceding citation sentence cites more than one authority';
        c.candidate = prev.index;
        return;
      }
    }
    let target: Citation = prev;
    if (prev.kind === 'id') {
      if (prev.antecedent === null || prev.antecedent === undefined) {
        c.antecedent = null;
        c.resolution = prev.resolution === 'ambiguous' ? 'ambiguous' : 'unresolved';
        c.resolutionReason = 'the preceding Id. is not resolved';
        return;
      }
      target = cites[prev.antecedent];
    } else if (prev.kind === 'shortCase' || prev.kind === 'supra' || (prev.kind === 'database' && prev.antecedent != null)) {
      if (prev.antecedent === null || prev.antecedent === undefined) {
        c.antecedent = null;
        c.resolution = 'unresolved';
        c.resolutionReason = 'the preceding short form is not resolved';
        return;
      }
      target = cites[prev.antecedent];
    }
    // Does the Id.'s pin fit the antecedent?
    const misfit = idMisfit(c, target);
    if (misfit) {
      c.antecedent = null;
      c.resolution = 'unresolved';
      c.resolutionReason = misfit;
      c.candidate = target.index;
      return;
    }
    c.antecedent = target.index;
    c.resolution = 'resolved';
    if (target.authority) {
      const a = authorities.get(target.authority)!;
      attach(c, a.id, a.kind, a.label);
    }
  }

  function idMisfit(c: IdCitation, target: Citation): string | undefined {
    if (target.kind === 'source' && target.paged) {
      const pin = firstPagePin(c.pins);
      const page = Number(target.number.replace(/,/g, ''));
      // A pin reads the Federal Register's thousands comma (`Id. at 15,043`) as part of the number.
      if (pin?.from === undefined || !Number.isFinite(page)) return undefined;
      if (pin.from < page) return `pin ${pin.from} comes before page ${target.number}, where ${target.volume} ${target.series} ${target.number} begins`;
      return undefined;
    }
    if (target.kind === 'statute' || target.kind === 'regulation' || target.kind === 'constitution') {
      // A statute has no reporters: an Id. with a parallel reporter (`Id. at 363, 112 S. Ct. 1360`)
      // means a case, most often the one cited before the statute was mentioned.
      // (A page pin alone is CITE052's: it may be a slip for the section.)
      const seg = c.parallelSegments[0];
      if (!seg) return undefined;
      const label = target.kind === 'constitution' ? 'a constitution' : `${target.title ? target.title + ' ' : ''}${target.code} § ${target.section}`;
      return `${seg.volume} ${seg.reporter ?? seg.reporterAsWritten} is a case reporter, and the citation before it is ${label}`;
    }
    if (target.kind !== 'case') return undefined;
    const group = [target, ...target.parallels.map((p) => cites[p])].filter((x): x is CaseCitation => x.kind === 'case');
    const paragraph = c.pins.some((p) => p.kind === 'paragraph') || /^\(\s*¶/.test(c.parentheticals[0]?.text ?? '');
    if (paragraph) return `a paragraph pin cannot point into ${target.caseName?.text ?? 'a reported case'}`;
    const pin = firstPagePin(c.pins);
    if (pin?.from !== undefined) {
      const page = Number(target.page);
      if (Number.isFinite(page) && pin.from < page) {
        return `pin ${pin.from} comes before page ${page}, where ${target.caseName?.text ?? 'the preceding case'} begins`;
      }
    }
    for (const seg of c.parallelSegments) {
      const match = group.find((g) => segKey(g) === segKey(seg));
      if (!match) {
        return `${seg.volume} ${seg.reporter ?? seg.reporterAsWritten} is not a reporter of ${target.caseName?.text ?? 'the preceding case'}`;
      }
    }
    return undefined;
  }
}

/**
 * Short forms and supras resolution left without an authority (one written
 * before its full citation, say) get `fitsAuthority` when a full citation
 * anywhere in the document fits them:
 * - a short form: a full citation in the same volume and reporter whose name
 *   agrees and whose first page is not above the pin (the closest below it);
 *   with no pin, only when one authority qualifies;
 * - a supra: the one case whose first full citation shares a significant word
 *   of its name.
 * History citations are no fit; a table's entries are (a short form after a
 * brief's hand-written table of authorities still belongs to its entry).
 */
function fitUnattached(cites: Citation[], authorities: Map<string, Authority>): void {
  let fullBySeg: Map<string, CaseCitation[]> | undefined;
  let casesByNameWord: Map<string, Set<string>> | undefined;
  for (const c of cites) {
    if (c.authority) continue;
    if (c.kind === 'shortCase' && !isParallel(c)) c.fitsAuthority = fitShort(cites, c, (fullBySeg ??= fullsBySegment(cites)));
    else if (c.kind === 'supra' && c.antecedent == null) c.fitsAuthority = fitSupra(c.name, (casesByNameWord ??= casesByFirstNameWord(cites, authorities)));
  }
}

/** Full case citations with an authority, not history, by `volume reporter`, in document order. */
function fullsBySegment(cites: Citation[]): Map<string, CaseCitation[]> {
  const out = new Map<string, CaseCitation[]>();
  for (const c of cites) {
    if (c.kind !== 'case' || !c.authority || c.historyOf !== undefined) continue;
    const k = segKey(c);
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

function fitShort(cites: Citation[], c: ShortCaseCitation, fullBySeg: Map<string, CaseCitation[]>): string | undefined {
  // The latest 200 full citations of a volume, as resolution looks at, keep this linear on any input.
  const list = (fullBySeg.get(segKey(c)) ?? []).slice(-200);
  const pin = c.page !== undefined ? Number(c.page) : firstPagePin(c.pins)?.from;
  let best: CaseCitation | undefined;
  const ids = new Set<string>();
  for (const f of list) {
    if (c.caseName && !namesAgree(c.caseName.text, caseNameOf(parallelLead(cites, f)))) continue;
    ids.add(f.authority!);
    const page = Number(f.page);
    if (pin !== undefined && Number.isFinite(page) && page > pin) continue;
    if (!best || Number(best.page) < page) best = f;
  }
  return best && (pin !== undefined || ids.size === 1) ? best.authority : undefined;
}

/** Authorities of cases by each significant word of their first full citation's name. */
function casesByFirstNameWord(cites: Citation[], authorities: Map<string, Authority>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of authorities.values()) {
    if (a.kind !== 'case') continue;
    for (const w of significantNameWords(firstFullCitation(cites, a)?.caseName?.text)) {
      const set = out.get(w);
      if (set) set.add(a.id);
      else out.set(w, new Set([a.id]));
    }
  }
  return out;
}

function fitSupra(name: string, casesByNameWord: Map<string, Set<string>>): string | undefined {
  const found = new Set<string>();
  for (const w of significantNameWords(name)) for (const id of casesByNameWord.get(w) ?? []) found.add(id);
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Numbers citation sentences. Top-level citations share a number when only a
 * semicolon, comma, signal or `and` separates them (a string cite); nested and
 * parallel citations share their owner's number.
 */
function assignSentences(cites: Citation[], text: string): void {
  let sentence = -1;
  let prev: Citation | undefined;
  for (const c of cites) {
    if (c.nested && c.nestedIn !== undefined) {
      c.sentence = cites[c.nestedIn]?.sentence ?? Math.max(sentence, 0);
      continue;
    }
    if (isParallel(c)) {
      c.sentence = cites[c.parallelOf].sentence;
      continue;
    }
    if (c.historyOf !== undefined) {
      c.sentence = cites[c.historyOf].sentence;
      prev = c;
      continue;
    }
    if (prev && joinedToPrevious(prev, c, text)) c.sentence = sentence;
    else c.sentence = ++sentence;
    prev = c;
  }
}

function joinedToPrevious(prev: Citation, c: Citation, text: string): boolean {
  // `gap` is what lies between the two in the original text, minus the signal.
  const gapStart = prev.span.end;
  const gapEnd = c.signal ? c.signal.span.start : c.span.start;
  // Overlapping spans join; a citation read out of text order (a moved footnote block) does not.
  if (gapEnd < gapStart) return c.span.start >= prev.span.start;
  if (gapEnd - gapStart > 12) return false;
  // Emphasis markers between two citations (`…31; *Day v. …`) do not separate them.
  return GAP_JOIN.test(text.slice(gapStart, gapEnd).replace(/[*_]/g, ''));
}

const GAP_JOIN = /^[\s;,]*(?:and\s*)?$/;
