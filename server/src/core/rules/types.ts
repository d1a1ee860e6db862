// What a rule is and what it reports. Plain values: the language server turns
// findings into LSP diagnostics and code actions, the CLI prints them.

import type { Citation, ScanResult, Span } from '../types';
import type { Library, Opinion } from '../library/library';
import type { AuthorityIndex } from '../authorities/index';
import type { AttributedQuote } from './attribution';
import type { StyleProfile } from '../style/profiles';

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/** A replacement in the original text (UTF-16 offsets, end exclusive). */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  /** Index of the citation the finding is about. */
  citation?: number;
  /** Fixes a writer may apply; empty when the right form needs a fact Pincite cannot know. */
  fixes: Fix[];
}

export interface RuleMeta {
  code: string;
  title: string;
  defaultSeverity: Severity;
  /** Indigo Book rule and table numbers. */
  indigo: string;
  /** Bluebook (21st ed.) rule and table numbers; numbers only. */
  bluebook: string;
  /**
   * `safe`: the fix needs no outside fact and fix-all applies it; `suggest`: a
   * fix is offered one at a time but never applied in bulk; `none`/`lookup`: no fix.
   */
  fix: 'safe' | 'suggest' | 'none' | 'lookup';
  /** Off unless the writer turns it on. */
  optIn?: boolean;
  /**
   * The rule checks what a citation says about its source (a year, a court, a
   * page, quoted words), which a quoted court can get wrong as much as the
   * writer: it still runs inside quoted text, without fixes. The other rules
   * judge how a citation is written, and quoted text is written in its source's
   * form, so they do not report there.
   */
  checksQuoted?: boolean;
}

export interface RuleContext {
  text: string;
  result: ScanResult;
  cites: Citation[];
  /** Ranges of quoted text (quotation marks, block quotes, an appendix's statutes), sorted by start: see quotes.ts. */
  quoted: Span[];
  settings: RuleSettings;
  /** The house style the document is checked in: a rule asks it about the one point the rule judges. */
  style: StyleProfile;
  /** The opinions library, when one is loaded: the rules that check pins and quotations against it need it. */
  library?: LibraryContext;
  /** The curated authorities, when the host supplies them: CITE110 reads their later treatment. */
  authorities?: AuthorityIndex;
}

export interface LibraryContext {
  library: Library;
  /** The opinion each citation designates, by citation index. */
  designated: Map<number, Opinion>;
  /** The quotations each citation vouches for (computed on first use). */
  quotations(): Map<number, AttributedQuote[]>;
}

/** Style choices the Bluebook itself leaves open; rules read them from here. */
export interface RuleSettings {
  /** `traditional` spaces reporters (`F. Supp. 2d`); `compact` (Bluepages B6) flags only inconsistency. */
  citationSpacing: 'traditional' | 'compact';
  /** `drop` flags S. Ct./L. Ed. parallels after a U.S. cite; `keep` allows them (a local rule may require them). */
  parallelSupremeCourt: 'drop' | 'keep';
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = { citationSpacing: 'traditional', parallelSupremeCourt: 'drop' };

export interface Rule {
  meta: RuleMeta;
  /** Findings; one may carry its own severity (CITE010 softens near misses) when the rule runs at its default. */
  check(ctx: RuleContext): Array<Omit<Finding, 'code' | 'severity'> & { severity?: Finding['severity'] }>;
}
