// Every example citation in the rule catalog's tables is found by the scanner
// (fixture: test/fixtures/catalog-examples.json, kinds assigned by hand). Wrong
// forms must be found too: the rules that flag them depend on it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { readProjectFile } from './helpers';

interface Example {
  code: string;
  side: string;
  text: string;
  kind: string | null;
  count?: number;
  context?: string;
  contextKind?: string;
}

const examples = (JSON.parse(readProjectFile('test/fixtures/catalog-examples.json')) as { examples: Example[] }).examples;

test('every catalog example citation is found, of the kind checked by hand', () => {
  const problems: string[] = [];
  for (const e of examples) {
    const where = `${e.code} ${e.side} ${JSON.stringify(e.text)}`;
    if (e.kind !== null) {
      const cites = analyzeText(e.text).citations;
      // Parallel segments after an Id. pin are part of the Id. citation; count them as the fixture does.
      const count = cites.reduce((n, c) => n + 1 + (c.kind === 'id' ? c.parallelSegments.length : 0), 0);
      if (cites.length === 0 || cites[0].kind !== e.kind) {
        problems.push(`${where}: found ${cites.map((c) => c.kind).join(', ') || 'nothing'}, expected ${e.kind}`);
      } else if (e.count !== undefined && count !== e.count) {
        problems.push(`${where}: found ${count} citations, expected ${e.count}`);
      }
      continue;
    }
    // A fragment: the citation written around it must be found and must cover it.
    const ctx = e.context!;
    const at = ctx.indexOf(e.text);
    const cites = analyzeText(ctx).citations;
    // The fragment must overlap a citation, or touch one (a signal just before it, a history
    // phrase between two, an ellipsis-cut parenthetical just after). CITE037's examples are
    // case names in prose, which are not citations.
    const end = at + e.text.length;
    const touching = cites.find((c) => c.span.start <= end + 3 && at <= c.span.end + 3);
    const sameKind = cites.find((c) => c.kind === e.contextKind);
    if (!sameKind) problems.push(`${where} in ${JSON.stringify(ctx)}: no ${e.contextKind} found (${cites.map((c) => c.kind).join(', ')})`);
    else if (!touching && e.code !== 'CITE037') {
      problems.push(`${where} in ${JSON.stringify(ctx)}: ${e.contextKind} found but the fragment lies outside every citation`);
    }
  }
  assert.deepEqual(problems, []);
});
