// The hover card for a curated authority and for a doctrine note, as Markdown
// lines. Pure: the caller supplies the links into the bundled opinions, so the
// data test renders every card without a server and holds it to the budget.
//
// Order, for a brief writer reading a hover: the canonical citation (with a
// flag when later treatment took something away), the holding with its pin,
// the test step by step with pins, later treatment (or that none is
// recorded), what still needs checking, the one-line warning that these notes
// are not a citator, then the three most relevant uses in the bundled
// opinions with links to the rest.

import type { AuthorityEntry, AuthorityUse, DoctrineNote, TreatmentKind } from './types';
import { TREATMENT_KINDS } from './types';

/** A link in a hover card: text and target URI. */
export interface CardLink {
  label: string;
  target: string;
}

/** Turns a curated use into a link into the bundled opinion, when the library has it. */
export type UseLinker = (u: AuthorityUse) => CardLink | undefined;

/** Shown on every curated and doctrine card: silence on a card is not "good law". */
export const NOT_A_CITATOR = 'Treatment notes are selective; this is not a citator.';

/** Uses listed in full on a card; the rest are one line of links. */
export const USES_SHOWN = 3;

/**
 * The length budget the data test enforces, in words of rendered text (link
 * targets not counted). A hover taller than the editor is read by nobody; the
 * most treated cases (Ex parte Young) need the maximum, a typical card the
 * median.
 */
export const CARD_BUDGET = { card: 320, holding: 80, step: 40, treatment: 60, use: 50, doctrine: 300, median: 150 } as const;

/** Kinds that take something away from the authority: the card's header flags them. */
const FLAGGED: ReadonlySet<TreatmentKind> = new Set([
  'overruled',
  'overruled in part',
  'abrogated',
  'abrogated in part',
  'superseded',
  'retired',
  'limited',
  'modified',
  'questioned',
]);

export function md(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

export function link(l: CardLink): string {
  return `[${md(l.label)}](${l.target})`;
}

/**
 * A pin as a brief writer reads it: `401 U.S. at 43–45`. `reporterOf` is the
 * entry's own citation without its first page (`401 U.S.`), or `2021 WL
 * 2741723,` for a database cite; a pin already naming its reporter
 * (`139 S. Ct. at 2167`) or a statute's subsection (`§ 4-165(a)`) is shown
 * as written.
 */
export function pinLabel(pin: string, reporterOf: string | undefined): string {
  if (/\bat\b|^§/.test(pin)) return pin;
  return reporterOf ? `${reporterOf} at ${pin}` : `at ${pin}`;
}

/** `Younger v. Harris, 401 U.S. 37 (1971)` → `401 U.S.`; `Johnson v. Cook, No. …, 2021 WL 2741723 (D. Conn. …)` → `2021 WL 2741723,`. */
export function reporterOf(entry: AuthorityEntry): string | undefined {
  const wl = /(\d{4} (?:WL|U\.S\. Dist\. LEXIS) \d+)/.exec(entry.citation);
  if (wl) return `${wl[1]},`;
  const m = /,\s+(\d+)\s+([A-Z][A-Za-z0-9.' ]*?)\s+\d+(?:,|\s+\()/.exec(entry.citation);
  return m ? `${m[1]} ${m[2]}` : undefined;
}

/** The strongest treatment kind that flags the card, if any. */
export function flagOf(entry: AuthorityEntry): TreatmentKind | undefined {
  const kinds = (entry.treatment ?? []).map((t) => t.kind).filter((k) => FLAGGED.has(k));
  if (!kinds.length) return undefined;
  return kinds.sort((a, b) => TREATMENT_KINDS.indexOf(a) - TREATMENT_KINDS.indexOf(b))[0];
}

function usesLines(usedIn: AuthorityUse[], linkFor: UseLinker | undefined): string[] {
  if (!usedIn.length) return [];
  const out = ['', '**In the bundled opinions:**'];
  const label = (u: AuthorityUse) => {
    const l = linkFor?.(u);
    return l ? link(l) : md(u.pages ? `${u.opinion} p. ${u.pages}` : `${u.opinion}, ${u.section ?? 'slip op.'}`);
  };
  for (const u of usedIn.slice(0, USES_SHOWN)) out.push(`- ${label(u)}: ${md(u.how)}`);
  const rest = usedIn.slice(USES_SHOWN);
  if (rest.length) out.push(`- ${rest.length} more: ${rest.map(label).join(', ')}`);
  return out;
}

/** The card for a curated authority, without the citation-specific footer the hover adds. */
export function curatedCardLines(entry: AuthorityEntry, linkFor?: UseLinker): string[] {
  const flag = flagOf(entry);
  const out: string[] = [`**${md(entry.citation)}**${flag ? ` — ⚠ ${flag}` : ''}`, ''];
  const rep = reporterOf(entry);
  out.push(md(entry.holding) + (entry.pin ? ` (${md(pinLabel(entry.pin, rep))})` : ''));
  if (entry.test?.length) {
    out.push('', '**Test:**');
    entry.test.forEach((s, k) => {
      // The citation is right above: `at 432` is enough unless the pin is in another report.
      const where = s.pin ? ` (${md(pinLabel(s.pin, undefined))})` : s.verify ? ' (pin to verify)' : '';
      out.push(`${k + 1}. ${md(s.text)}${where}`);
    });
  }
  if (entry.treatment?.length === 1) {
    const [t] = entry.treatment;
    out.push('', `**Later treatment (${t.kind}):** ${md(t.by)}. ${md(t.what)}`);
  } else if (entry.treatment?.length) {
    // Most important first, as the data orders them; one line each.
    out.push('', '**Later treatment:**');
    for (const t of entry.treatment) out.push(`- ${t.kind}: ${md(t.by)}. ${md(t.what)}`);
  } else if (entry.treatmentState === 'none recorded') {
    out.push('', '**Later treatment:** none recorded.');
  } else if (entry.treatmentState === 'to verify') {
    out.push('', '**Later treatment:** possible, not confirmed (see below).');
  }
  for (const v of entry.verify ?? []) out.push('', `**To verify (${v.about}):** ${md(v.note)}`);
  if (entry.kind === 'case') out.push('', `_${NOT_A_CITATOR}_`);
  out.push(...usesLines(entry.usedIn, linkFor));
  return out;
}

/** The card for a doctrine named in prose. `citationOf` gives a controlling entry's citation. */
export function doctrineCardLines(d: DoctrineNote, citationOf: (id: string) => string | undefined, linkFor?: UseLinker): string[] {
  const out: string[] = [`**${d.name}** — doctrine`, '', md(d.summary)];
  const controlling = d.controlling.map(citationOf).filter((c): c is string => !!c);
  if (controlling.length) {
    out.push('', '**Controlling:**');
    for (const c of controlling) out.push(`- ${md(c)}`);
  }
  if (d.currency) out.push('', `**Later developments:** ${md(d.currency)}`);
  out.push('', `_${NOT_A_CITATOR}_`);
  out.push(...usesLines(d.usedIn, linkFor));
  return out;
}

/** Words of a card as the hover shows it: link targets, emphasis and escapes left out. */
export function cardWords(markdown: string): number {
  const text = markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\\([\\`*_{}[\]<>#|])/g, '$1')
    .replace(/[*_[\]]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
