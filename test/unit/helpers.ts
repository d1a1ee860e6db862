// Shared helpers for the unit tests: project paths, the rules' inputs as the
// server and the CLI give them, and small text utilities.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckOptions } from '../../server/src/core/rules/index';
import { curatedAuthorities } from '../../server/src/host/bundledAuthorities';

/** The project root (tests run from out/test/unit after compilation). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

export function readProjectFile(rel: string): string {
  return fs.readFileSync(path.join(ROOT, rel), 'utf8');
}

/** `options` with the bundled curated authorities, which the server and `pincite check` hand the rules (CITE110 reads them). */
export function withAuthorities(options: CheckOptions = {}): CheckOptions {
  return { authorities: curatedAuthorities(), ...options };
}

/** Bundled opinion files by the name the hand-checked fixtures use. */
export const OPINIONS: Record<string, string> = {
  '000_3e30531b07ed8d50.txt': 'opinions/russo-v-city-of-hartford.lexis.txt',
  '001_ef0bbab016687b93.txt': 'opinions/russo-v-city-of-hartford.west.txt',
  '002_a18ca5ea94f206a5.txt': 'opinions/campbell-v-city-of-waterbury.slip.md',
};

/** 1-based line number of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line starts, for fast offset → line lookups over a whole file. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Collapses whitespace and straightens quotes, as a reader compares names. */
export function plain(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
