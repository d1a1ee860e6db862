// Pins the hand review of the development corpus (../shared/corpus): on every
// document, each finding Pincite reports has a verdict, none that a reviewer
// called false (or house style) is reported unless the review marks it as a
// known open false alarm, every finding called true is still reported, and no
// fix a reviewer called damaging is offered. Separately, no fix on the corpus
// deletes words its message does not name.
//
// When the corpus is not beside the project the tests are skipped with a
// message; CI always has it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusDocuments, lineAt, reviewDocument, type ReviewEntry } from './corpusReview';

const docs = corpusDocuments();

if (docs.length === 0) {
  test('corpus review', { skip: 'the corpus (../shared/corpus) is not beside the project' }, () => {});
}

function where(text: string, start: number, end: number): string {
  return `line ${lineAt(text, start)}: ${JSON.stringify(text.slice(start, end)).slice(0, 90)}`;
}

for (const doc of docs) {
  test(`corpus review: ${doc}`, () => {
    const r = reviewDocument(doc);
    assert.ok(r.review, `no review file for ${doc}: run node scripts/corpus-review.mjs --pending ${doc.slice(0, 2)}`);
    const problems: string[] = [];
    r.findings.forEach((f, k) => {
      const e = r.entries[k];
      const at = `${f.code} ${where(r.text, f.span.start, f.span.end)}`;
      if (!e) problems.push(`not reviewed: ${at} — ${f.message}`);
      else if (e.verdict !== 'true' && !e.open) problems.push(`reviewed ${e.verdict}, still reported: ${at} — ${e.reason}`);
      else if (e.fix === 'bad' && !e.open && f.fixes.length > 0) problems.push(`offers a fix the review calls damaging: ${at} — ${e.reason}`);
    });
    const reported = new Set(r.entries.filter((e): e is ReviewEntry => !!e));
    for (const e of r.review!.findings) {
      if (e.open && !reported.has(e)) problems.push(`fixed, so the review should drop its open mark (scripts/corpus-review.mjs --mark-open): ${e.code} line ${e.line}`);
    }
    for (const e of r.lost) problems.push(`reviewed true, no longer reported: ${e.code} line ${e.line} ${JSON.stringify(e.text).slice(0, 90)} — ${e.reason}`);
    assert.deepEqual(problems, []);
  });
}

/** Words and numbers, the units a fix may keep, move or delete. */
function tokens(s: string): string[] {
  return s.split(/[^A-Za-z0-9§¶]+/).filter(Boolean);
}

if (docs.length > 0) {
  test('no fix on the corpus deletes a word or number its message does not name', () => {
    const problems: string[] = [];
    let fixes = 0;
    for (const doc of docs) {
      const r = reviewDocument(doc);
      for (const f of r.findings) {
        for (const fix of f.fixes) {
          fixes++;
          const edits = [...fix.edits].sort((a, b) => a.start - b.start);
          const lo = edits[0].start;
          const hi = edits[edits.length - 1].end;
          let after = '';
          let p = lo;
          for (const e of edits) {
            after += r.text.slice(p, e.start) + e.newText;
            p = e.end;
          }
          after += r.text.slice(p, hi);
          // What the fix moves or keeps is not deleted: compare the words as multisets.
          const kept = new Map<string, number>();
          for (const w of tokens(after)) kept.set(w, (kept.get(w) ?? 0) + 1);
          const message = f.message.replace(/\s+/g, ' ');
          const unnamed = tokens(r.text.slice(lo, hi)).filter((w) => {
            const n = kept.get(w) ?? 0;
            if (n > 0) {
              kept.set(w, n - 1);
              return false;
            }
            return !message.includes(w);
          });
          if (unnamed.length > 0) problems.push(`${doc} ${f.code} ${where(r.text, lo, hi)} deletes ${unnamed.join(' ')} — ${message}`);
        }
      }
    }
    assert.ok(fixes > 100, `only ${fixes} fixes on the corpus: the check would prove little`);
    assert.deepEqual(problems, []);
  });
}
