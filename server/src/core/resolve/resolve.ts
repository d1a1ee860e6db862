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
//
// The Resolver below reads the citations in text order; short case forms are
// resolved in shortCases.ts, Id. in idCitations.ts, citation sentences are
// numbered in sentences.ts and unattached short forms fitted in fitUnattached.ts.

import type { Authority, CaseCitation, Citation, DatabaseCitation, DocketCitation, ShortCaseCitation, SourceCitation, Span, SupraCitation } from '../types';
import { insideQuotation, mergeRanges, quotedRanges } from '../text/quotes';
import { caseNameOf, isTopLevelNotHistory, parallelLead, segKey, significantNameWords } from '../cite/predicates';
import { assignSentences } from './sentences';
import { resolveShort } from './shortCases';
import { resolveId } from './idCitations';
import { fitUnattached } from './fitUnattached';
import { resolveSecondary, SecondaryIndex } from './secondary';
import { treatiseByTitle } from '../data/treatises';

type CaseLike = CaseCitation | ShortCaseCitation | DatabaseCitation;

/** Resolves `cites`, found in `text` (the original document text their spans index). */
export function resolve(cites: Citation[], text: string, reproduced?: Span[]): Authority[] {
  const r = new Resolver(cites, text, reproduced);
  // Citation sentences: top-level citations joined only by `;`, a signal or `and`.
  assignSentences(cites, text);
  for (const c of cites) r.read(c);
  fitUnattached(cites, r.authorities);
  return [...r.authorities.values()];
}

/** What resolution knows of the citations read so far, in text order. */
export class Resolver {
  readonly authorities = new Map<string, Authority>();
  private readonly segToAuthority = new Map<string, string>();
  /**
   * Full citations by segment key (`volume reporter`), one entry per distinct
   * first page holding its latest citation. A short form looks at no more
   * than the last MAX_PAGES_PER_VOLUME (shortCases.ts) of them.
   */
  readonly fullBySeg = new Map<string, Map<string, number>>();
  /** Top-level members of each citation sentence, filled as citations are read. */
  readonly sentenceMembers = new Map<number, Citation[]>();
  /** Latest named case-like citation for each lower-case name word (for supra). */
  private readonly byNameWord = new Map<string, number>();
  /** For each name word, the latest citation of another authority before the one in byNameWord (`Foo, supra` after two `Foo v. Bar` cases). */
  private readonly otherByNameWord = new Map<string, number>();
  private quoted: Span[] | undefined;
  private readonly secondary = new SecondaryIndex();

  constructor(
    readonly cites: Citation[],
    readonly text: string,
    private readonly reproduced: Span[] | undefined,
  ) {}

  leadOf(c: Citation): Citation {
    return parallelLead(this.cites, c);
  }

  attach(c: Citation, id: string, kind: Authority['kind'], label: string): void {
    c.authority = id;
    let a = this.authorities.get(id);
    if (!a) {
      a = { id, kind, label, citations: [] };
      this.authorities.set(id, a);
    }
    a.citations.push(c.index);
  }

  /**
   * Citations inside quoted text (a passage reproduced from another opinion,
   * between quotation marks or set off as a block) belong to that passage: an
   * Id. after the quotation refers to the source the writer cites, not to a
   * case the quoted court cited.
   */
  inQuote(c: Citation): boolean {
    return insideQuotation((this.quoted ??= mergeRanges(quotedRanges(this.text), this.reproduced)), c.span);
  }

  /** Resolves `c`, then notes it for the citations after it: as a member of its sentence and, when it names a case, by the words of the name. */
  read(c: Citation): void {
    this.resolveOne(c);
    if (isTopLevelNotHistory(c) && !c.inTable && !c.ownCitation) {
      const list = this.sentenceMembers.get(c.sentence);
      if (list) list.push(c);
      else this.sentenceMembers.set(c.sentence, [c]);
    }
    const name = caseNameOf(c);
    if ((c.kind === 'case' || c.kind === 'database' || c.kind === 'docket') && !c.inTable) {
      // A `[hereinafter Smith]` name counts as the citation's name too.
      const hereinafter = c.parentheticals.find((x) => x.kind === 'hereinafter')?.text.replace(/^[([]\s*hereinafter\s*/i, '');
      for (const w of [...significantNameWords(name), ...significantNameWords(hereinafter)]) {
        const prev = this.byNameWord.get(w);
        if (prev !== undefined && this.cites[prev].authority !== c.authority) this.otherByNameWord.set(w, prev);
        this.byNameWord.set(w, c.index);
      }
    }
    // `Fallon, supra, at 15`, `5B Wright & Miller, supra, § 1350`: a supra names a work by its authors' surnames.
    if (c.kind === 'secondary' && !c.short && !c.inTable && c.authority) for (const w of authorWords(c)) this.byNameWord.set(w, c.index);
  }

  private resolveOne(c: Citation): void {
    switch (c.kind) {
      case 'case':
      case 'database':
        this.resolveFull(c);
        break;
      case 'shortCase':
        resolveShort(this, c);
        break;
      case 'id':
        resolveId(this, c);
        break;
      case 'supra':
        this.resolveSupra(c);
        break;
      case 'docket': {
        const id = `case:No. ${c.docketNormalized}`;
        this.attach(c, id, 'case', this.authorities.get(id)?.label ?? docketLabel(c));
        break;
      }
      case 'record':
        this.attach(c, `record:${c.document}`, 'record', c.document);
        break;
      case 'source':
        this.resolveSource(c);
        break;
      case 'secondary':
        resolveSecondary(this, c, this.secondary);
        break;
      case 'crossReference':
        break; // the filing pointing at itself: no authority
      case 'statute':
      case 'regulation': {
        const label = `${c.title ? c.title + ' ' : ''}${c.code}${c.chapter ? ` ch. ${c.chapter},` : ''} § ${c.section}`;
        this.attach(c, `${c.kind}:${label}`, c.kind, label);
        break;
      }
      case 'rule': {
        const label = `${c.code} ${c.rule}`;
        this.attach(c, `rule:${label}`, 'rule', label);
        break;
      }
      case 'constitution': {
        const label = `${c.jurisdiction} Const.${c.part ? ' ' + c.part + ' ' + c.number : ''}${c.section ? ', § ' + c.section : ''}${
          c.clause ? ', cl. ' + c.clause : ''
        }`;
        this.attach(c, `constitution:${label}`, 'constitution', label);
        break;
      }
    }
  }

  /** A full case or database citation: its own authority, its lead's (a parallel), or that of an earlier full citation of the case. */
  private resolveFull(c: CaseCitation | DatabaseCitation): void {
    const { cites, authorities, segToAuthority } = this;
    const lead = this.leadOf(c);
    if (lead !== c && lead.authority) {
      this.attach(c, lead.authority, 'case', authorities.get(lead.authority)!.label);
      this.registerSeg(c);
      return;
    }
    if (lead !== c && lead.kind === 'shortCase') {
      // A full-form segment inside a short form (`Shay, 253 Conn. at 174, 749 A.2d 1147`).
      return;
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
    this.attach(c, id, 'case', authorities.get(id)?.label ?? caseLabel(c));
    this.registerSeg(c);
  }

  /** The latest earlier citation sharing a word of the name (`Roth, supra`). */
  private resolveSupra(c: SupraCitation): void {
    let found: number | undefined;
    for (const w of significantNameWords(c.name)) {
      const k = this.byNameWord.get(w);
      if (k !== undefined && (found === undefined || k > found)) found = k;
    }
    // Every word of the name also names another case cited before: the supra could mean either.
    const words = significantNameWords(c.name).filter((w) => this.byNameWord.has(w));
    const rival =
      found === undefined || words.length === 0
        ? undefined
        : words.every((w) => {
              const o = this.otherByNameWord.get(w);
              return o !== undefined && this.cites[o].authority !== this.cites[found!].authority;
            })
          ? this.otherByNameWord.get(words[0])
          : undefined;
    if (found === undefined) {
      c.antecedent = null;
      c.resolution = 'unresolved';
      c.resolutionReason = `no earlier citation named ${c.name}`;
    } else if (rival !== undefined) {
      c.antecedent = null;
      c.resolution = 'ambiguous';
      c.resolutionReason = `${c.name} names more than one case cited before`;
      c.candidate = found;
    } else {
      c.antecedent = found;
      c.resolution = 'resolved';
      const a = this.cites[found].authority;
      if (a) this.attach(c, a, this.authorities.get(a)!.kind, this.authorities.get(a)!.label);
    }
  }

  private resolveSource(c: SourceCitation): void {
    const { cites, authorities } = this;
    // Publications of one instrument set side by side (`102 Stat. 3045, 78 U.N.T.S. 277`,
    // `Pub. L. No. 90-351, 82 Stat. 197`) are one authority.
    const before = c.index > 0 ? cites[c.index - 1] : undefined;
    if (c.number && before?.kind === 'source' && before.authority && !c.nested === !before.nested && /^,[ \t\n]*$/.test(this.text.slice(before.span.end, c.span.start))) {
      const a = authorities.get(before.authority)!;
      this.attach(c, a.id, 'source', a.label);
      return;
    }
    if (!c.number) {
      // `119 Cong. Rec. at 24599`: a short form of the volume cited before.
      const earlier = [...authorities.values()].reverse().find((a) => a.kind === 'source' && a.id.startsWith(`source:${c.volume} ${c.series} `));
      c.antecedent = earlier ? earlier.citations[0] : null;
      c.resolution = earlier ? 'resolved' : 'unresolved';
      if (earlier) this.attach(c, earlier.id, 'source', earlier.label);
      else c.resolutionReason = `no earlier citation of ${c.volume} ${c.series}`;
      return;
    }
    const label = `${c.volume ? c.volume + ' ' : ''}${c.series} ${c.number}`;
    this.attach(c, `source:${label}`, 'source', label);
  }

  private registerSeg(c: Citation): void {
    const k = keyOf(c);
    if (k && c.authority && !this.segToAuthority.has(k)) this.segToAuthority.set(k, c.authority);
    // A table entry or a history cite (`cert. denied, 540 U.S. 1218`) is no short form's antecedent.
    if (c.kind === 'case' && !c.inTable && !c.ownCitation && c.historyOf === undefined) {
      const sk = segKey(c);
      let pages = this.fullBySeg.get(sk);
      if (!pages) this.fullBySeg.set(sk, (pages = new Map<string, number>()));
      pages.delete(c.page); // re-insert so the newest pages come last
      pages.set(c.page, c.index);
    }
  }
}

/** The surnames a supra may name a treatise, book or article by (`wright`, `miller`, `fallon`), and a treatise's short name words. */
function authorWords(c: Citation): string[] {
  if (c.kind !== 'secondary' || c.form === 'restatement' || c.form === 'hearing' || !c.author || c.author === 'Note' || c.author === 'Comment') {
    return c.kind === 'secondary' && c.work ? (treatiseByTitle(c.work)?.short ?? []).flatMap((n) => significantNameWords(n)) : [];
  }
  const surnames = c.author
    .replace(/,?\s+(?:Jr|Sr)\.|,?\s+(?:II|III|IV)\b|\s+et al\./g, '')
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((p) => p.trim().split(/\s+/).pop() ?? '')
    .filter((w) => w.length > 1);
  const short = c.work ? (treatiseByTitle(c.work)?.short ?? []).flatMap((n) => significantNameWords(n)) : [];
  return [...surnames.flatMap((w) => significantNameWords(w)), ...short];
}

function keyOf(c: Citation): string | undefined {
  if (c.kind === 'case') return segKey(c) + ' ' + c.page;
  if (c.kind === 'database') return `${c.year} ${c.database} ${c.number}`;
  return undefined;
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

function docketLabel(c: DocketCitation): string {
  const name = c.caseName ? c.caseName.text + ', ' : '';
  const when = [c.court, c.date ?? c.year].filter(Boolean).join(' ');
  return `${name}No. ${c.docket}${when ? ` (${when})` : ''}`;
}
