// Secondary sources: treatises and books, Restatements, law-review articles and
// congressional hearings (types.ts, SecondaryCitation). Each reader is anchored
// on a fixed token the scanner's trigger finds (a section sign, `Restatement`,
// `Hearing`, a journal's volume) and looks back for the author and title no
// further than the end of the last citation and a fixed window, so scanning
// stays linear. A treatise or book needs what prose never has together: a
// known title or short name, or an author's name, a comma and a title, right
// before a section sign; and a book without a known title or a volume needs its
// edition after the section.

import type { Pin, ScanNote, SecondaryCitation, SecondaryForm } from '../types';
import { TREATISE_NAMES, TREATISE_SHORT_NAMES, treatiseByShortName, treatiseByTitle } from '../data/treatises';
import { at, skipWs } from './lex';
import { parsePin, type RawPin } from './pins';
import { parseParentheticals, type RawParenthetical } from './parentheticals';
import { findSignal } from './caseName';
import { make } from './make';
import type { Scanner } from './scanner';
import { countBelow } from '../text/sorted';

/** How far back from its anchor a secondary source's author and title may start. */
const LOOKBACK = 240;

const S = '[ \\t\\n]+';
/** Signal and sentence words a name never starts with. */
const NOT_A_NAME = '(?!(?:See|Cf|But|Accord|Compare|Contra|Also|The|In|Under|With|And|Id|Ibid|Supra|Note)\\b)';
const NAME_TOKEN = "(?:(?:Mc|Mac|O['\u2019])?[A-Z][a-z'\u2019-]+|[A-Z]\\.|Wm\\.)";
/** A name of initials only (`C. J. S.`) is an abbreviation, not a person. */
const NOT_INITIALS = '(?![A-Z]\\.(?:[ \\t\\n]?[A-Z]\\.)+,)';
const PERSON = `${NOT_A_NAME}${NOT_INITIALS}${NAME_TOKEN}(?:${S}${NAME_TOKEN}){1,3}(?:,?${S}(?:Jr\\.|Sr\\.|II|III|IV)(?![\\w]))?`;
/** One author, or a list whose last name is joined by `&` or `and` (`A, B & C`): a comma alone leads into the title. */
const AUTHORS = `${PERSON}(?:(?:,${S}${PERSON}){0,2},?${S}(?:&|and)${S}${PERSON})?(?:${S}et${S}al\\.)?`;
/** A treatise named for its author: `Nimmer on Copyright`, `Prosser and Keeton on the Law of Torts`. */
const ON_TITLE = `[A-Z][a-z'\u2019]+(?:${S}(?:&|and)${S}[A-Z][a-z]+)?${S}on${S}(?:the${S})?[A-Z][a-z]+(?:${S}(?:of|and|&|the|[A-Z][a-z]+)){0,5}`;
/** A book's title: capitalised words and the small words between them. */
const BOOK_TITLE = `[A-Z][\\w'\u2019:-]*(?:${S}(?:[A-Z][\\w'\u2019:-]*|of|and|the|on|in|for|to|a|an|&|under|after|by|with)){0,12}`;

/** `[5B] [Charles Alan Wright & Arthur R. Miller,] Federal Practice and Procedure` just before a section sign. */
const TREATISE_BEFORE = new RegExp(
  `(?<![\\w.'\u2019])(?:(\\d{1,3}[A-Z]?)${S})?(?:(${AUTHORS}|${TREATISE_SHORT_NAMES}),${S})?(${TREATISE_NAMES}|${ON_TITLE})[ \\t\\n]*,?[ \\t\\n]*$`,
);
/** `[1] Erwin Chemerinsky, Federal Jurisdiction` just before a section sign. */
const BOOK_BEFORE = new RegExp(`(?<![\\w.'\u2019])(?:(\\d{1,3}[A-Z]?)${S})?(${AUTHORS}),${S}(${BOOK_TITLE})[ \\t\\n]*$`);
const SECTION = /§§?[ \t]?(\d[\w.:-]*(?:\([\w]{1,4}\))*(?:\[\d{1,3}\])*)/y;
/** An edition or publisher-and-year parenthetical: `(3d ed. 2004)`, `(Am. L. Inst. 1965)`, `(1987)`. */
const DATED = /^\((?:[^()]{0,80}[ \t\n])?(1[6-9]\d\d|20\d\d)\)$/;
const EDITION = /\b(\d{1,2}(?:st|nd|rd|th|d)[ \t\n]+ed\.|rev\.[ \t\n]+ed\.)/;

/** Title characters that do not end a sentence: a period only after an initial or abbreviation. */
const TITLE_CHARS = '(?:[^;()\\n.]|\\n(?!\\n)|(?<![a-z]{3})\\.(?![ \\t\\n]+(?:See|Cf|But|Accord|Compare|Contra|E\\.g|Id|The|This|In|It|A|An)\\b))';
/**
 * `Author, Title, ` (or `Note, Title, `) just before an article's volume. The
 * author may be a surname alone, as the United States Reports print it
 * (`Sunstein, Pornography and the First Amendment, 1986 Duke L. J. 589`).
 */
const ARTICLE_BEFORE = new RegExp(
  `(?<![\\w.'\u2019])(${AUTHORS}|${NOT_A_NAME}[A-Z][a-z'\u2019-]+|Note|Comment|Recent Case|Recent Development),${S}([A-Z\u201c"\u2018'](?:${TITLE_CHARS}){0,200}?),${S}$`,
);

/** `Title: ` before `Hearing on …` (`Oversight of the FBI: Hearing Before …`). */
const HEARING_TITLE_BEFORE = new RegExp(`(?<![\\w.])(${NOT_A_NAME}[A-Z]${TITLE_CHARS}{0,150}):${S}$`);
const HEARING = new RegExp(
  `Hearings?${S}(?:on|before|Before)\\b(?:[^;()\\n]|\\n(?!\\n)|\\([^()\\n]{0,40}\\)){0,250}?,${S}(\\d{1,3})(?:st|nd|rd|th|d)${S}Cong\\.(?:,?${S}\\d(?:st|nd|rd|th|d)${S}Sess\\.)?${S}(\\d{1,5})(?![\\w])`,
  'y',
);
const RESTATEMENT = new RegExp(
  `Restatement(?:${S}\\((First|Second|Third|Fourth)\\))?${S}of${S}((?:the${S})?[A-Z][\\w'\u2019]*(?:${S}(?:of|and|the|on|for|&|[A-Z][\\w'\u2019]*)){0,8}?)(?=,?${S}§|${S}\\(|,${S}supra\\b)`,
  'y',
);
const COMMENT = new RegExp(`,?${S}((?:cmt\\.|[Cc]omment)${S}[a-z](?:,${S}illus\\.${S}\\d{1,3})?|illus\\.${S}\\d{1,3}|reporter['\u2019]s${S}note)`, 'y');

/** What a reader finds of a secondary source: the citation's parts, with pins still raw. */
type Parts = Pick<SecondaryCitation, 'form' | 'author' | 'title' | 'work' | 'volume' | 'journal' | 'page' | 'section' | 'comment' | 'congress' | 'short'> & {
  pins: RawPin[];
};

/**
 * Where the look back for an author and title from `i` stops: the end of the
 * last citation, a fixed window, and the last place the reading order jumps (a
 * footnote block moved after its sentence), so a title never takes in a note.
 */
function lookbackFrom(scan: Scanner, i: number): number {
  const jumps = scan.n.jumps;
  const k = countBelow(jumps, i);
  return Math.max(scan.floor, i - LOOKBACK, k > 0 ? jumps[k - 1] : 0);
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A treatise or book cited by section: the section sign at `i`, the author and title before it. */
export function trySecondaryAtSection(scan: Scanner, i: number, limit: number, nestedIn: number | undefined): number | null {
  const t = scan.t;
  const from = lookbackFrom(scan, i);
  const before = t.slice(from, i);
  const sm = at(SECTION, t, i);
  if (!sm) return null;
  let form: SecondaryForm = 'treatise';
  let m = TREATISE_BEFORE.exec(before);
  let work: string | undefined;
  let short = false;
  if (m) {
    const name = clean(m[3]);
    const byTitle = treatiseByTitle(name);
    const byShort = byTitle ? undefined : treatiseByShortName(name);
    work = (byTitle ?? byShort)?.work;
    // A short name alone (`Wright & Miller § 1350`) is a short form; so is one with a volume and no author.
    if (byShort && !m[2]) short = true;
    // A generic known title (`Antitrust Law`) counts only with its volume or author.
    if (!byShort && !/\bon\b/.test(name) && !m[1] && !m[2] && !byTitle?.short.length) m = null;
  }
  if (!m) {
    m = BOOK_BEFORE.exec(before);
    if (!m) return null;
    form = m[1] ? 'treatise' : 'book';
  }
  const start = from + m.index;
  const section = sm[1].replace(/[.:-]+$/, '');
  let j = i + sm[0].length - (sm[1].length - section.length);
  const notes: ScanNote[] = [];
  const lead: RawPin = { text: t.slice(i, j), start: i, end: j, kind: 'section' };
  const rest = scan.pinsAfter(j, limit, notes, lead);
  j = rest.end;
  const dated = datedParenthetical(t, j);
  // A name, a comma and a capitalised phrase before a section sign can be prose (`Mary Jones, Vice President § 3 (2020)`):
  // a book not known as a treatise needs its edition, which only books have.
  if (form === 'book' && !(dated && EDITION.test(t.slice(dated.start, dated.end)))) return null;
  return finish(scan, start, dated ? dated.end : j, nestedIn, dated ? [dated] : [], {
    form,
    author: m[2] ? clean(m[2]) : undefined,
    title: clean(m[3]),
    work,
    volume: m[1],
    section,
    pins: rest.pins,
    short,
  });
}

/**
 * `Restatement (Second) of Torts § 402A cmt. c (Am. L. Inst. 1965)`, with the
 * volume older opinions put first (`3 Restatement of Torts § 621, Comment a`)
 * and a page pin (`§ 652H, p. 401`); `Restatement (Second) of Torts, supra,
 * at 402` is a short form of the last one cited.
 */
export function tryRestatement(scan: Scanner, i: number, limit: number, nestedIn: number | undefined): number | null {
  const t = scan.t;
  const m = at(RESTATEMENT, t, i);
  if (!m) return null;
  const vm = /(?<![\w.,§])(\d{1,2})[ \t\n]+$/.exec(t.slice(Math.max(scan.floor, i - 6), i));
  const start = vm ? i - vm[0].length : i;
  let j = i + m[0].length;
  const title = clean(`Restatement${m[1] ? ` (${m[1]})` : ''} of ${m[2]}`);
  const supra = at(/,[ \t\n]+supra\b/y, t, j);
  if (supra) j += supra[0].length;
  let section: string | undefined;
  const k = supra ? j : skipWs(t, t[j] === ',' ? j + 1 : j, limit);
  const sm = supra ? null : at(SECTION, t, k);
  if (sm) {
    section = sm[1].replace(/[.:-]+$/, '');
    j = k + sm[0].length - (sm[1].length - section.length);
  }
  let comment: string | undefined;
  const readComment = () => {
    const cm = comment === undefined ? at(COMMENT, t, j) : null;
    if (cm) {
      comment = clean(cm[1]);
      j += cm[0].length;
    }
  };
  readComment();
  const notes: ScanNote[] = [];
  const rest = scan.pinsAfter(j, limit, notes, section ? { text: section, start: k, end: j, kind: 'section' } : undefined);
  // Only page pins (`, p. 401`, `, at 402`) follow a section: `, 2` after `§ 1` would be a second section.
  const pins = section ? rest.pins.filter((p) => p.kind !== 'section') : rest.pins;
  if (pins.length) j = pins[pins.length - 1].end;
  readComment();
  const dated = supra ? undefined : datedParenthetical(t, j);
  // `the Restatement (Second) of Torts (1965)` in prose names the work; without a section or a date it is not a citation.
  if (!section && !dated && !(supra && pins.length)) return null;
  return finish(scan, start, dated ? dated.end : j, nestedIn, dated ? [dated] : [], {
    form: 'restatement',
    title,
    volume: vm?.[1],
    section,
    comment,
    pins,
    short: !!supra,
  });
}

/** `[vol] [Authors,] Title 165` just before an edition parenthetical: a book or treatise cited by page. */
const PAGED_BEFORE = new RegExp(
  `(?<![\\w.'\u2019])(?:(\\d{1,3}[A-Z]?)${S})?(?:(${AUTHORS}|${TREATISE_SHORT_NAMES}),${S})?(${TREATISE_NAMES}|${ON_TITLE}|${BOOK_TITLE})${S}(\\d{1,5}(?:[-\u2013]\\d{1,5})?(?:,${S}\\d{1,5}(?:[-\u2013]\\d{1,5})?){0,3})(?:${S}n\\.${S}?\\d{1,3})?[ \\t\\n]*$`,
  'd',
);

/**
 * A book or treatise cited by page, found at its edition parenthetical (`(5th
 * ed. 1984)`), which only books have: `W. Keeton et al., Prosser and Keeton on
 * the Law of Torts 165 (5th ed. 1984)`. A title not known as a treatise's needs
 * its author.
 */
export function tryBookAtEdition(scan: Scanner, i: number, limit: number, nestedIn: number | undefined): number | null {
  const t = scan.t;
  const dated = datedParenthetical(t, i);
  if (!dated || dated.end > limit) return null;
  const from = lookbackFrom(scan, i);
  const m = PAGED_BEFORE.exec(t.slice(from, i));
  if (!m) return null;
  const name = clean(m[3]);
  const known = treatiseByTitle(name);
  if (!m[2] && !known && !/\bon\b/.test(name)) return null;
  const start = from + m.index;
  const pins: RawPin[] = [];
  let k = from + m.indices![4][0];
  for (let n = 0; n < 4; n++) {
    const p = parsePin(t, k);
    if (!p || p.end > i) break;
    pins.push(p);
    const next = at(/,[ \t\n]+/y, t, p.end);
    if (!next) break;
    k = p.end + next[0].length;
  }
  return finish(scan, start, dated.end, nestedIn, [dated], {
    form: m[1] || known ? 'treatise' : 'book',
    author: m[2] ? clean(m[2]) : undefined,
    title: name,
    work: known?.work,
    volume: m[1],
    pins,
  });
}

/** `Hearing on S. 123 Before the S. Comm. on the Judiciary, 98th Cong. 45 (1983)`, with a `Title: ` before it when there is one. */
export function tryHearing(scan: Scanner, i: number, limit: number, nestedIn: number | undefined): number | null {
  const t = scan.t;
  const m = at(HEARING, t, i);
  if (!m || i + m[0].length > limit) return null;
  const from = lookbackFrom(scan, i);
  const tm = HEARING_TITLE_BEFORE.exec(t.slice(from, i));
  const start = tm ? from + tm.index : i;
  const page = m[2];
  const pageEnd = i + m[0].length;
  const titleEnd = i + m[0].search(/,[ \t\n]+\d{1,3}(?:st|nd|rd|th|d)[ \t\n]+Cong\./);
  const notes: ScanNote[] = [];
  const rest = scan.pinsAfter(pageEnd, limit, notes);
  const dated = datedParenthetical(t, rest.end);
  let end = dated ? dated.end : rest.end;
  // `(statement of Sen. Biden)`: who spoke is part of the citation.
  const raw = dated ? [dated] : [];
  const speaker = parseParentheticals(t, end, false)[0];
  if (speaker && /^\((?:prepared )?(?:statement|testimony|remarks)\b/.test(t.slice(speaker.start, speaker.end))) {
    raw.push(speaker);
    end = speaker.end;
  }
  return finish(scan, start, end, nestedIn, raw, {
    form: 'hearing',
    title: clean(t.slice(start, titleEnd)),
    congress: Number(m[1]),
    page,
    pins: rest.pins,
  });
}

/**
 * A law-review article, read from its journal citation (sources.ts found the
 * volume, journal and first page at `volStart`): the author and title before
 * it, when the text gives them, start the citation.
 */
export function finishArticle(
  scan: Scanner,
  volStart: number,
  end: number,
  nestedIn: number | undefined,
  parts: { journal: string; volume: string; page: string; pins: RawPin[] },
): number {
  const t = scan.t;
  const from = lookbackFrom(scan, volStart);
  const m = ARTICLE_BEFORE.exec(t.slice(from, volStart));
  const start = m ? from + m.index : volStart;
  const dated = datedParenthetical(t, end);
  return finish(scan, start, dated ? dated.end : end, nestedIn, dated ? [dated] : [], {
    form: 'article',
    author: m ? clean(m[1]) : undefined,
    title: m ? clean(m[2]) : '',
    volume: parts.volume,
    journal: parts.journal,
    page: parts.page || undefined,
    pins: parts.pins,
    short: parts.page === '',
  });
}

/** The parenthetical at `j` when it holds a year (`(3d ed. 2004)`, `(Am. L. Inst. 1965)`, `(1983)`). */
function datedParenthetical(t: string, j: number): RawParenthetical | undefined {
  const p = parseParentheticals(t, j, true)[0];
  if (!p || !p.closed) return undefined;
  return DATED.test(t.slice(p.start, p.end).replace(/\s+/g, ' ')) ? p : undefined;
}

function finish(scan: Scanner, start: number, end: number, nestedIn: number | undefined, raw: RawParenthetical[], parts: Parts): number {
  const t = scan.t;
  const b = scan.base('secondary', start, end, nestedIn);
  const signal = findSignal(t, start, scan.floor);
  if (signal) b.signal = { text: signal.text, span: scan.span(signal.start, signal.end) };
  // The edition and year parenthetical is the work's date, not a court's: keep it as a note of the work.
  b.parentheticals = scan.parens(raw).map((p) => ({ text: p.text, span: p.span, kind: 'courtDate' as const, closed: p.closed }));
  const datedText = raw[0] ? t.slice(raw[0].start, raw[0].end) : '';
  const year = /(1[6-9]\d\d|20\d\d)\)$/.exec(datedText)?.[1];
  const edition = EDITION.exec(datedText)?.[1];
  const c = make<SecondaryCitation>(b, {
    kind: 'secondary',
    form: parts.form,
    title: parts.title,
    pins: parts.pins.map((p) => scan.pin(p, pinJoiner(t, p))),
  });
  if (parts.author) c.author = parts.author;
  if (parts.work) c.work = parts.work;
  if (parts.volume) c.volume = parts.volume;
  if (parts.journal) c.journal = parts.journal;
  if (parts.page) c.page = parts.page;
  if (parts.section) c.section = parts.section;
  if (parts.comment) c.comment = parts.comment;
  if (parts.congress) c.congress = parts.congress;
  if (edition) c.edition = clean(edition);
  if (year) c.year = Number(year);
  if (parts.short) c.short = true;
  scan.add(c, start, end);
  scan.linkHistory(c, start);
  return end;
}

function pinJoiner(t: string, p: RawPin): Pin['joiner'] {
  const before = t.slice(Math.max(0, p.start - 4), p.start);
  return /at[ \t\n]*$/.test(before) ? 'at' : /,[ \t\n]*$/.test(before) ? 'comma' : 'none';
}
