#!/usr/bin/env node
// The corpus figures: Pincite run over the development corpus (../shared/corpus,
// real filings no one wrote for it) the way `pincite check` runs, with the
// hand review in test/fixtures/corpus/ applied. Prints, per document, the house
// style detected, the findings by severity and by code, and how many the review
// calls false; then the totals and the reviewed false-alarm rates.
//
//   npm run bench                      (runs this after the other benchmarks)
//   node scripts/bench-corpus.mjs      on its own
//   node scripts/bench-corpus.mjs --json corpus-figures.json   also write the figures as JSON
//
// Numbers only, no assertions: test/unit/corpus-review.test.ts pins the verdicts.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundleForBench } from './bench-bundle.mjs';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;

const dir = mkdtempSync(path.join(os.tmpdir(), 'pincite-corpus-'));
try {
  const mod = await bundleForBench("export * from './test/unit/corpusReview';", dir, 'review.js');
  const docs = mod.corpusDocuments();
  if (docs.length === 0) {
    console.log(`Corpus figures: no corpus at ${mod.CORPUS_DIR}; skipped.`);
    process.exit(0);
  }
  const results = [];
  const rows = [];
  for (const d of docs) {
    const t0 = performance.now();
    const r = mod.reviewDocument(d);
    const ms = performance.now() - t0;
    results.push(r);
    const byCode = {};
    let errors = 0;
    let falseAll = 0;
    let falseErrors = 0;
    r.findings.forEach((f, k) => {
      byCode[f.code] = (byCode[f.code] ?? 0) + 1;
      if (f.severity === 'error') errors++;
      const e = r.entries[k];
      if (e && e.verdict !== 'true') {
        falseAll++;
        if (f.severity === 'error') falseErrors++;
      }
    });
    const codes = Object.entries(byCode)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([c, n]) => (n > 1 ? `${c}×${n}` : c))
      .join(' ');
    rows.push({
      document: d.replace(/\.txt$/, ''),
      style: r.style,
      kb: (Buffer.byteLength(r.text) / 1000).toFixed(0),
      ms: ms.toFixed(0),
      findings: r.findings.length,
      errors,
      falseAll,
      falseErrors,
      codes,
    });
  }
  const fig = mod.corpusFigures(results);
  const pct = (n, d) => (d === 0 ? '0.0 %' : `${((100 * n) / d).toFixed(1)} %`);
  console.log(`\nCorpus: ${docs.length} real filings in ${mod.CORPUS_DIR}\n`);
  const head = ['Document', 'Style', 'KB', 'ms', 'Findings', 'Errors', 'False', 'By code'];
  const cells = rows.map((r) => [
    r.document.slice(0, 44),
    r.style,
    r.kb,
    r.ms,
    String(r.findings),
    String(r.errors),
    r.falseErrors ? `${r.falseAll} (${r.falseErrors} err)` : String(r.falseAll),
    r.codes,
  ]);
  const widths = head.map((h, k) => Math.max(h.length, ...cells.map((c) => (k === head.length - 1 ? 0 : c[k].length))));
  const line = (c) => c.map((x, k) => (k === c.length - 1 ? x : x.padEnd(widths[k]))).join('  ');
  console.log(line(head));
  for (const c of cells) console.log(line(c));
  console.log(`\nFindings: ${fig.findings} (${fig.bySeverity.error ?? 0} errors, ${fig.bySeverity.warning ?? 0} warnings, ${fig.bySeverity.info ?? 0} information)`);
  console.log(`Reviewed: ${fig.reviewed} of ${fig.findings} (true ${fig.verdicts.true}, false ${fig.verdicts.false}, house style ${fig.verdicts.style})`);
  console.log(
    `False alarms (false or house style): ${fig.falseReported.all} of ${fig.findings} findings = ${pct(fig.falseReported.all, fig.findings)}; ${fig.falseReported.error} of ${fig.errors} errors = ${pct(fig.falseReported.error, fig.errors)}`,
  );
  console.log(`False alarms fixed since the review: ${fig.fixedFalse}; true findings lost: ${fig.lostTrue}; damaging fixes offered: ${fig.badFixes}`);
  if (jsonFile) {
    writeFileSync(jsonFile, JSON.stringify({ figures: fig, documents: rows }, null, 2) + '\n');
    console.log(`\nWrote ${jsonFile}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
