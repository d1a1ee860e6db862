#!/usr/bin/env node
// The hand review of findings on the development corpus (../shared/corpus).
//
//   node scripts/corpus-review.mjs                 figures: findings, verdicts, false alarms
//   node scripts/corpus-review.mjs --pending [DOC] the findings with no verdict yet, with context,
//                                                  as JSON a reviewer completes and adds to
//                                                  test/fixtures/corpus/<doc>.review.json
//   node scripts/corpus-review.mjs --false         findings still reported that a review called false
//   node scripts/corpus-review.mjs --lost          findings a review called true that are no longer reported
//   node scripts/corpus-review.mjs --mark-open     marks the false alarms still reported as open, and
//                                                  clears the mark from those no longer reported
//
// DOC is a prefix of a corpus file name (`07`, `29-sg`). See test/unit/corpusReview.ts
// for the verdicts and how findings are matched to them.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleForBench } from './bench-bundle.mjs';

const args = process.argv.slice(2);
const mode = args.includes('--pending')
  ? 'pending'
  : args.includes('--false')
    ? 'false'
    : args.includes('--lost')
      ? 'lost'
      : args.includes('--mark-open')
        ? 'mark-open'
        : 'figures';
const prefixes = args.filter((a) => !a.startsWith('--'));

const dir = mkdtempSync(path.join(os.tmpdir(), 'pincite-review-'));
try {
  const mod = await bundleForBench("export * from './test/unit/corpusReview';", dir, 'review.js');
  const docs = mod.corpusDocuments().filter((d) => prefixes.length === 0 || prefixes.some((p) => d.startsWith(p)));
  if (docs.length === 0) {
    console.error(`no corpus documents found in ${mod.CORPUS_DIR}`);
    process.exit(2);
  }
  const results = docs.map((d) => mod.reviewDocument(d));
  if (mode === 'figures') {
    console.log(JSON.stringify(mod.corpusFigures(results), null, 2));
  } else if (mode === 'mark-open') {
    let marked = 0;
    let cleared = 0;
    for (const r of results) {
      if (!r.review) continue;
      const reported = new Set(r.entries.filter(Boolean));
      for (const e of r.review.findings) {
        const open = e.verdict !== 'true' && reported.has(e);
        if (open && !e.open) ((e.open = true), marked++);
        if (!open && e.open) (delete e.open, cleared++);
      }
      const file = mod.reviewPath(r.document);
      // Keep the file's own indentation so the diff shows only the marks.
      const indent = /\n( +)/.exec(readFileSync(file, 'utf8'))?.[1].length ?? 2;
      writeFileSync(file, JSON.stringify(r.review, null, indent) + '\n');
    }
    console.log(`${marked} marked open, ${cleared} cleared`);
  } else if (mode === 'lost') {
    console.log(
      JSON.stringify(
        results.flatMap((r) => r.lost.map((e) => ({ document: r.document, ...e }))),
        null,
        1,
      ),
    );
  } else {
    const out = [];
    for (const r of results) {
      r.findings.forEach((f, k) => {
        const e = r.entries[k];
        if (mode === 'pending' ? e : !e || e.verdict === 'true') return;
        const before = r.text.slice(Math.max(0, f.span.start - 200), f.span.start);
        const after = r.text.slice(f.span.end, f.span.end + 120);
        out.push({
          document: r.document,
          style: r.style,
          code: f.code,
          severity: f.severity,
          start: f.span.start,
          end: f.span.end,
          line: mod.lineAt(r.text, f.span.start),
          text: r.text.slice(f.span.start, f.span.end),
          message: f.message,
          fix: f.fixes[0]?.edits.map((x) => ({ replace: r.text.slice(x.start, x.end), with: x.newText })),
          context: `${before}⟦${r.text.slice(f.span.start, f.span.end)}⟧${after}`,
          ...(e ? { verdict: e.verdict, reason: e.reason } : {}),
        });
      });
    }
    console.log(JSON.stringify(out, null, 1));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
