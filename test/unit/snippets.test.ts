// Checks snippets/citations.code-snippets: valid JSON, well-formed bodies
// (VS Code snippet syntax), tab stops numbered from 1, a final $0, and
// reporter choices that the citation grammar recognises.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
  scope?: string;
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'snippets'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root above ${start}`);
  }
}

const ROOT = findRoot(__dirname);
const SNIPPETS_PATH = path.join(ROOT, 'snippets', 'citations.code-snippets');
const INJECTION_PATH = path.join(ROOT, 'syntaxes', 'citations.injection.json');

// Variables VS Code resolves in snippet bodies.
const VARIABLES = new Set([
  'TM_SELECTED_TEXT',
  'TM_CURRENT_LINE',
  'TM_CURRENT_WORD',
  'TM_LINE_INDEX',
  'TM_LINE_NUMBER',
  'TM_FILENAME',
  'TM_FILENAME_BASE',
  'TM_DIRECTORY',
  'TM_FILEPATH',
  'RELATIVE_FILEPATH',
  'CLIPBOARD',
  'WORKSPACE_NAME',
  'WORKSPACE_FOLDER',
  'CURSOR_INDEX',
  'CURSOR_NUMBER',
  'CURRENT_YEAR',
  'CURRENT_YEAR_SHORT',
  'CURRENT_MONTH',
  'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT',
  'CURRENT_DATE',
  'CURRENT_DAY_NAME',
  'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR',
  'CURRENT_MINUTE',
  'CURRENT_SECOND',
  'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET',
  'RANDOM',
  'RANDOM_HEX',
  'UUID',
  'BLOCK_COMMENT_START',
  'BLOCK_COMMENT_END',
  'LINE_COMMENT',
]);

interface TabStop {
  index: number;
  placeholder?: string; // text of a ${n:...} placeholder (raw)
  choices?: string[];
  at: number;
}

interface Parsed {
  tabStops: TabStop[];
  /** The body as inserted when every placeholder keeps its default and every choice its first option. */
  expanded: string;
}

/**
 * Parses a snippet body following VS Code's snippet grammar (tab stops,
 * placeholders, choices, variables, backslash escapes). Throws with a
 * position on anything malformed, including a bare `$` that is not part of
 * a construct (write `\\$` for a literal dollar).
 */
function parseBody(body: string): Parsed {
  const tabStops: TabStop[] = [];
  let i = 0;

  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i} in ${JSON.stringify(body)}`);
  };

  // Parses text until one of `stops` (unescaped) or the end; returns the expanded text.
  const parseText = (stops: string): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i]!;
      if (c === '\\') {
        const next = body[i + 1];
        if (next === '$' || next === '}' || next === '\\') {
          out += next;
          i += 2;
          continue;
        }
        out += c;
        i++;
        continue;
      }
      if (stops.includes(c)) return out;
      if (c === '$') {
        out += parseDollar();
        continue;
      }
      out += c;
      i++;
    }
    if (stops) fail(`unclosed construct (expected one of ${JSON.stringify(stops)})`);
    return out;
  };

  const parseDollar = (): string => {
    const start = i;
    i++; // $
    const simple = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(i));
    if (simple) {
      i += simple[0].length;
      if (/^\d/.test(simple[0])) {
        tabStops.push({ index: Number(simple[0]), at: start });
        return '';
      }
      if (!VARIABLES.has(simple[0])) fail(`unknown variable $${simple[0]}`);
      return '';
    }
    if (body[i] !== '{') return fail('bare "$" (escape it as \\$)');
    i++; // {
    const head = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(i));
    if (!head) return fail('"${" not followed by a number or variable name');
    i += head[0].length;
    const isTabStop = /^\d/.test(head[0]);
    if (!isTabStop && !VARIABLES.has(head[0])) fail(`unknown variable ${head[0]}`);
    const next = body[i];
    if (next === '}') {
      i++;
      if (isTabStop) tabStops.push({ index: Number(head[0]), at: start });
      return '';
    }
    if (next === ':') {
      i++;
      const textStart = i;
      const text = parseText('}');
      const raw = body.slice(textStart, i);
      i++; // }
      if (isTabStop) tabStops.push({ index: Number(head[0]), placeholder: raw, at: start });
      return text;
    }
    if (next === '|' && isTabStop) {
      i++;
      const choices: string[] = [];
      let current = '';
      for (;;) {
        if (i >= body.length) fail('unclosed choice');
        const c = body[i]!;
        if (c === '\\' && /[$}\\,|]/.test(body[i + 1] ?? '')) {
          current += body[i + 1];
          i += 2;
        } else if (c === ',') {
          choices.push(current);
          current = '';
          i++;
        } else if (c === '|') {
          if (body[i + 1] !== '}') fail('choice must end with "|}"');
          choices.push(current);
          i += 2;
          break;
        } else {
          current += c;
          i++;
        }
      }
      tabStops.push({ index: Number(head[0]), choices, at: start });
      return choices[0] ?? '';
    }
    return fail(`unexpected ${JSON.stringify(next)} after "\${${head[0]}"`);
  };

  const expanded = parseText('');
  return { tabStops, expanded };
}

function bodyText(s: Snippet): string {
  return Array.isArray(s.body) ? s.body.join('\n') : s.body;
}

const snippets = JSON.parse(fs.readFileSync(SNIPPETS_PATH, 'utf8')) as Record<string, Snippet>;

describe('snippets/citations.code-snippets', () => {
  test('is a JSON object of snippets with prefix, body and description', () => {
    assert.ok(Object.keys(snippets).length >= 20, 'expected the full set of citation snippets');
    for (const [title, s] of Object.entries(snippets)) {
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.length > 0, `${title}: no prefix`);
      for (const p of prefixes) assert.match(p, /^[a-z][a-z0-9-]*$/, `${title}: prefix ${JSON.stringify(p)} should be short, lower case, no spaces`);
      assert.ok(typeof s.body === 'string' || (Array.isArray(s.body) && s.body.every((l) => typeof l === 'string')), `${title}: body`);
      assert.equal(typeof s.description, 'string', `${title}: description`);
      assert.ok(s.description.length >= 10, `${title}: description too short`);
      assert.equal(s.scope, undefined, `${title}: languages come from package.json, not a scope field`);
    }
  });

  test('prefixes are unique', () => {
    const seen = new Map<string, string>();
    for (const [title, s] of Object.entries(snippets)) {
      for (const p of Array.isArray(s.prefix) ? s.prefix : [s.prefix]) {
        assert.ok(!seen.has(p), `prefix ${p} used by both ${seen.get(p)} and ${title}`);
        seen.set(p, title);
      }
    }
  });

  test('every body is well formed', () => {
    for (const [title, s] of Object.entries(snippets)) {
      assert.doesNotThrow(
        () => parseBody(bodyText(s)),
        (err: unknown) => {
          throw new Error(`${title}: ${(err as Error).message}`);
        },
      );
    }
  });

  test('tab stops are numbered from 1 without gaps and end with $0', () => {
    for (const [title, s] of Object.entries(snippets)) {
      const body = bodyText(s);
      const { tabStops } = parseBody(body);
      const numbers = [...new Set(tabStops.map((t) => t.index).filter((n) => n > 0))].sort((a, b) => a - b);
      assert.deepEqual(
        numbers,
        numbers.map((_, k) => k + 1),
        `${title}: tab stops ${numbers.join(',')} should be 1..${numbers.length}`,
      );
      const finals = tabStops.filter((t) => t.index === 0);
      if (numbers.length > 0) {
        assert.equal(finals.length, 1, `${title}: needs exactly one $0`);
        assert.ok(body.endsWith('$0') || body.endsWith('$0 ') || body.endsWith('${0}'), `${title}: $0 should be at the end`);
      } else {
        assert.ok(finals.length <= 1, `${title}: more than one $0`);
      }
      // Mirrors (a number used twice) must agree on their default.
      for (const n of numbers) {
        const defaults = new Set(tabStops.filter((t) => t.index === n && (t.placeholder !== undefined || t.choices)).map((t) => t.placeholder ?? t.choices!.join('|')));
        assert.ok(defaults.size <= 1, `${title}: tab stop ${n} has different defaults`);
      }
    }
  });

  test('choices offer at least two non-empty options', () => {
    for (const [title, s] of Object.entries(snippets)) {
      for (const t of parseBody(bodyText(s)).tabStops) {
        if (!t.choices) continue;
        assert.ok(t.choices.length >= 2, `${title}: choice with one option`);
        for (const c of t.choices) assert.ok(c.trim().length > 0, `${title}: empty choice`);
      }
    }
  });

  test('the parser itself rejects malformed bodies', () => {
    for (const bad of ['${1:open', 'cost $ 5', '${1|a,b}', '${x:y}', '${1:a}${', 'x ${FOO} y']) {
      assert.throws(() => parseBody(bad), `${JSON.stringify(bad)} should be rejected`);
    }
    assert.equal(parseBody('${1|See,See\\, e.g.\\,|} $0').tabStops[0]!.choices![1], 'See, e.g.,');
    assert.equal(parseBody('a \\$5 ${1:b}$0').expanded, 'a $5 b');
  });

  test('expected snippets exist', () => {
    const prefixes = new Set(Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix])));
    for (const p of [
      'cite-case',
      'cite-short',
      'cite-id',
      'cite-usc',
      'cite-cgs',
      'cite-rule',
      'cite-amend',
      'cite-art',
      'cite-wl',
      'cite-slip',
      'sig',
      'sig-see',
      'sig-seealso',
      'sig-cf',
      'sig-butsee',
      'sig-seeeg',
      'par-quoting',
      'par-citing',
      'par-percuriam',
      'par-iqmo',
      'par-emph',
      'par-alt',
    ]) {
      assert.ok(prefixes.has(p), `missing snippet ${p}`);
    }
  });

  test('every reporter offered by the case snippets is recognised by the grammar', () => {
    const grammar = JSON.parse(fs.readFileSync(INJECTION_PATH, 'utf8')) as { repository: Record<string, { match?: string }> };
    const caseCite = new RegExp(grammar.repository['case-cite']!.match!);
    const shortCite = new RegExp(grammar.repository['short-cite']!.match!);
    for (const title of ['Full case citation', 'Short case citation']) {
      const s = snippets[title];
      assert.ok(s, `missing ${title}`);
      const choice = parseBody(bodyText(s)).tabStops.find((t) => t.choices);
      assert.ok(choice?.choices, `${title}: no reporter choice`);
      for (const reporter of choice.choices) {
        const full = caseCite.exec(`158 ${reporter} 214, 228`);
        assert.equal(full?.[2], reporter, `grammar reads "158 ${reporter} 214" with reporter ${full?.[2]}`);
        const short = shortCite.exec(`158 ${reporter} at 228`);
        assert.equal(short?.[2], reporter, `grammar reads "158 ${reporter} at 228" with reporter ${short?.[2]}`);
      }
    }
  });

  test('statute, rule and constitution snippets expand to text the grammar recognises', () => {
    const grammar = JSON.parse(fs.readFileSync(INJECTION_PATH, 'utf8')) as { repository: Record<string, { match?: string }> };
    const expect: Array<[string, string]> = [
      ['United States Code', 'statute-federal'],
      ['Constitution, amendment', 'constitution'],
      ['Constitution, article', 'constitution'],
    ];
    for (const [title, ruleKey] of expect) {
      const text = parseBody(bodyText(snippets[title]!)).expanded;
      const m = new RegExp(grammar.repository[ruleKey]!.match!).exec(text);
      assert.equal(m?.[0], text, `${title} expands to ${JSON.stringify(text)}, which ${ruleKey} should match whole`);
    }
  });
});
