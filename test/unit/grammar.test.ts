// Checks the TextMate grammars in syntaxes/ and language-configuration.json.
//
// VS Code runs these regexes with Oniguruma; these tests run them with
// JavaScript's RegExp. That is sound as long as the patterns stay inside the
// common subset, which the "portable syntax" test enforces. If the optional
// packages vscode-textmate and vscode-oniguruma are installed, one more test
// tokenizes sample lines with the real engine; otherwise it is skipped.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Capture {
  name?: string;
  patterns?: Rule[];
}
interface Rule {
  comment?: string;
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  name?: string;
  contentName?: string;
  captures?: Record<string, Capture>;
  beginCaptures?: Record<string, Capture>;
  endCaptures?: Record<string, Capture>;
  whileCaptures?: Record<string, Capture>;
  patterns?: Rule[];
  repository?: Record<string, Rule>;
}
interface Grammar extends Rule {
  scopeName: string;
  name?: string;
  fileTypes?: string[];
  injectionSelector?: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'syntaxes'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root above ${start}`);
  }
}

const ROOT = findRoot(__dirname);
const BRIEF_PATH = path.join(ROOT, 'syntaxes', 'legal-brief.tmLanguage.json');
const INJECTION_PATH = path.join(ROOT, 'syntaxes', 'citations.injection.json');
const LANGUAGE_CONFIG_PATH = path.join(ROOT, 'language-configuration.json');

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

const brief = readJson<Grammar>(BRIEF_PATH);
const injection = readJson<Grammar>(INJECTION_PATH);
const grammars: Array<[string, Grammar]> = [
  ['legal-brief.tmLanguage.json', brief],
  ['citations.injection.json', injection],
];

/** Every rule of a grammar, with a readable location. */
function* walk(rule: Rule, where: string): Generator<[Rule, string]> {
  yield [rule, where];
  for (const [i, child] of (rule.patterns ?? []).entries()) yield* walk(child, `${where}.patterns[${i}]`);
  for (const [key, child] of Object.entries(rule.repository ?? {})) yield* walk(child, `${where}.repository.${key}`);
  for (const field of ['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'] as const) {
    for (const [n, cap] of Object.entries(rule[field] ?? {})) {
      for (const [i, child] of (cap.patterns ?? []).entries()) yield* walk(child, `${where}.${field}.${n}.patterns[${i}]`);
    }
  }
}

function* regexes(g: Grammar): Generator<[string, string]> {
  for (const [rule, where] of walk(g, '$')) {
    for (const field of ['match', 'begin', 'end', 'while'] as const) {
      const src = rule[field];
      if (src !== undefined) yield [src, `${where}.${field}`];
    }
  }
}

/** Scope names a rule assigns, including captures. */
function* scopeNames(g: Grammar): Generator<[string, string]> {
  for (const [rule, where] of walk(g, '$')) {
    if (rule.name && where !== '$') yield [rule.name, `${where}.name`]; // '$.name' is the display name
    if (rule.contentName) yield [rule.contentName, `${where}.contentName`];
    for (const field of ['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'] as const) {
      for (const [n, cap] of Object.entries(rule[field] ?? {})) if (cap.name) yield [cap.name, `${where}.${field}.${n}`];
    }
  }
}

function groupCount(src: string): number {
  return new RegExp(`${src}|`).exec('')!.length - 1;
}

// ---------------------------------------------------------------------------
// Regex structure checks (a small scanner, enough for TextMate patterns)

interface Problem {
  at: number;
  what: string;
}

/**
 * Finds constructs that Oniguruma accepts but JavaScript reads differently
 * or rejects, and ranges in character classes that start or end at a class
 * escape such as \w (an error in Oniguruma, a literal '-' in JavaScript).
 */
function portabilityProblems(src: string): Problem[] {
  const problems: Problem[] = [];
  const onigOnlyEscapes = new Set(['h', 'H', 'A', 'z', 'Z', 'G', 'K', 'R', 'X', 'k', 'g', 'p', 'P', 'O']);
  let inClass = false;
  let classStart = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (onigOnlyEscapes.has(e)) problems.push({ at: i, what: `\\${e}` });
      if (inClass && /[wWdDsS]/.test(e)) {
        const before = src[i - 1] === '-' && i - 2 > classStart && src[i - 2] !== '[' && src[i - 2] !== '\\';
        const after = src[i + 2] === '-' && src[i + 3] !== undefined && src[i + 3] !== ']';
        if (before || after) problems.push({ at: i, what: `range with \\${e} in a character class` });
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && src[i + 1] === ':') problems.push({ at: i, what: 'POSIX bracket [[:...:]]' });
      if (c === '[' && i > classStart) problems.push({ at: i, what: 'nested character class' });
      if (c === '&' && src[i + 1] === '&') problems.push({ at: i, what: 'class intersection &&' });
      if (c === ']' && i > classStart + 1 && !(i === classStart + 2 && src[classStart + 1] === '^')) inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      classStart = i;
      continue;
    }
    if (c === '(' && src[i + 1] === '?') {
      const rest = src.slice(i + 2);
      if (rest.startsWith('>')) problems.push({ at: i, what: 'atomic group (?>' });
      else if (rest.startsWith('~')) problems.push({ at: i, what: 'absence operator (?~' });
      else if (rest.startsWith('#')) problems.push({ at: i, what: 'comment group (?#' });
      else if (/^[imxWDSPy-]+[:)]/.test(rest)) problems.push({ at: i, what: 'inline option group' });
      continue;
    }
    if ((c === '+' || c === '*' || c === '?' || c === '}') && src[i + 1] === '+') {
      problems.push({ at: i, what: 'possessive quantifier' });
    }
  }
  return problems;
}

/**
 * Finds a group that contains an unbounded quantifier (*, +, {n,}) and is
 * itself repeated without bound: the shape behind catastrophic backtracking.
 */
function nestedUnboundedQuantifiers(src: string): Problem[] {
  const problems: Problem[] = [];
  const stack: Array<{ start: number; unbounded: boolean }> = [{ start: -1, unbounded: false }];
  const quantifierAt = (i: number): { unbounded: boolean; length: number } | undefined => {
    const c = src[i];
    if (c === '*' || c === '+') return { unbounded: true, length: 1 };
    if (c === '?') return { unbounded: false, length: 1 };
    if (c === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(src.slice(i));
      if (m && (m[1] || m[3])) return { unbounded: m[2] === ',' && m[3] === '', length: m[0].length };
    }
    return undefined;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    let atomEnd = i;
    let closed: { start: number; unbounded: boolean } | undefined;
    if (c === '\\') {
      atomEnd = i + 1;
    } else if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      for (; j < src.length && src[j] !== ']'; j++) if (src[j] === '\\') j++;
      atomEnd = j;
    } else if (c === '(') {
      stack.push({ start: i, unbounded: false });
      continue;
    } else if (c === ')') {
      closed = stack.pop();
      if (!closed || stack.length === 0) return [{ at: i, what: 'unbalanced parenthesis' }];
    }
    const q = quantifierAt(atomEnd + 1);
    const top = stack[stack.length - 1]!;
    if (closed) {
      if (q?.unbounded && closed.unbounded) problems.push({ at: closed.start, what: 'unbounded repetition of a group that itself repeats without bound' });
      if (closed.unbounded || q?.unbounded) top.unbounded = true;
    } else if (q?.unbounded) {
      top.unbounded = true;
    }
    i = atomEnd + (q ? q.length : 0);
    if (q && src[i + 1] === '?') i++; // lazy
  }
  if (stack.length !== 1) problems.push({ at: src.length, what: 'unbalanced parenthesis' });
  return problems;
}

// ---------------------------------------------------------------------------
// A small model of how TextMate scans one line with a list of match rules:
// at each position the earliest match wins; at equal positions, the rule
// listed first wins.

const CITATION_RULES: Array<[string, RegExp]> = (injection.repository.citations!.patterns ?? []).map((p) => {
  const key = p.include!.slice(1);
  return [key, new RegExp(injection.repository[key]!.match!, 'g')];
});

function scan(line: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let pos = 0;
  while (pos <= line.length) {
    let best: { key: string; m: RegExpExecArray } | undefined;
    for (const [key, re] of CITATION_RULES) {
      re.lastIndex = pos;
      const m = re.exec(line);
      if (m && m[0].length > 0 && (!best || m.index < best.m.index)) best = { key, m };
    }
    if (!best) break;
    out.push([best.key, best.m[0]]);
    pos = best.m.index + best.m[0].length;
  }
  return out;
}

function rule(key: string): RegExp {
  const src = injection.repository[key]?.match;
  assert.ok(src, `no rule ${key}`);
  return new RegExp(src);
}

/** Asserts that `key` matches exactly `text` inside `input` (default: all of it). */
function assertMatches(key: string, input: string, text = input, groups: Record<number, string | undefined> = {}): void {
  const m = rule(key).exec(input);
  assert.ok(m, `${key} should match in ${JSON.stringify(input)}`);
  assert.equal(m[0], text, `${key} on ${JSON.stringify(input)}`);
  for (const [n, want] of Object.entries(groups)) {
    assert.equal(m[Number(n)], want, `${key} group ${n} on ${JSON.stringify(input)}`);
  }
}

function assertNoMatch(key: string, input: string): void {
  const m = rule(key).exec(input);
  assert.equal(m, null, `${key} should not match ${JSON.stringify(input)} but matched ${JSON.stringify(m?.[0])}`);
}

// ---------------------------------------------------------------------------

describe('grammar files', () => {
  test('parse and declare the expected scope names', () => {
    assert.equal(brief.scopeName, 'text.legal-brief');
    assert.deepEqual(brief.fileTypes, ['brief']);
    assert.equal(injection.scopeName, 'citation.injection');
    assert.match(injection.injectionSelector ?? '', /L:text\.html\.markdown/);
    assert.match(injection.injectionSelector ?? '', /-comment/);
    assert.match(injection.injectionSelector ?? '', /-markup\.fenced_code/);
    assert.match(injection.injectionSelector ?? '', /-markup\.inline\.raw/);
  });

  test('the two grammars share one citations repository', () => {
    for (const [key, value] of Object.entries(injection.repository)) {
      assert.deepEqual(brief.repository[key], value, `repository.${key} differs between the two grammars`);
    }
    assert.ok(brief.patterns.some((p) => p.include === '#citations'));
    assert.ok(injection.patterns.some((p) => p.include === '#citations'));
  });

  for (const [file, g] of grammars) {
    test(`${file}: every include resolves`, () => {
      for (const [r, where] of walk(g, '$')) {
        if (r.include === undefined) continue;
        if (r.include === '$self' || r.include === '$base') continue;
        assert.ok(r.include.startsWith('#'), `${where}: include ${r.include} points outside the grammar`);
        assert.ok(g.repository[r.include.slice(1)], `${where}: no repository entry ${r.include}`);
      }
    });

    test(`${file}: every regex uses portable syntax and compiles as a JavaScript RegExp`, () => {
      for (const [src, where] of regexes(g)) {
        const problems = portabilityProblems(src);
        assert.deepEqual(problems, [], `${where}: ${JSON.stringify(src)}`);
        assert.doesNotThrow(() => new RegExp(src), `${where} does not compile`);
      }
    });

    test(`${file}: no regex repeats an unbounded group without bound`, () => {
      for (const [src, where] of regexes(g)) {
        assert.deepEqual(nestedUnboundedQuantifiers(src), [], `${where}: ${JSON.stringify(src)}`);
      }
    });

    test(`${file}: captures name existing groups`, () => {
      for (const [r, where] of walk(g, '$')) {
        const check = (src: string | undefined, caps: Record<string, Capture> | undefined, label: string) => {
          if (!src || !caps) return;
          const n = groupCount(src);
          for (const key of Object.keys(caps)) {
            assert.match(key, /^\d+$/, `${where}.${label}: capture key ${key}`);
            assert.ok(Number(key) <= n, `${where}.${label}: capture ${key} but only ${n} groups`);
          }
        };
        check(r.match, r.captures, 'captures');
        check(r.begin, r.beginCaptures ?? r.captures, 'beginCaptures');
        check(r.end, r.endCaptures, 'endCaptures');
      }
    });

    test(`${file}: scope names end in .pincite`, () => {
      for (const [scope, where] of scopeNames(g)) {
        assert.match(scope, /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.pincite$/, `${where}: ${scope}`);
      }
    });
  }
});

describe('regex checkers', () => {
  test('flag known-bad patterns and pass good ones', () => {
    for (const bad of ['[\\w-–]', '[a-\\d]', '\\h+', '(?>ab)', '(?i)see', '(?i:see)', 'a++', '[[:alpha:]]', '\\p{Lu}', '\\Gx', '\\k<n>']) {
      assert.notDeepEqual(portabilityProblems(bad), [], `should flag ${bad}`);
    }
    for (const good of ['[\\w.-]', '[-–—]', '[\\w–-]', '(?:a|b)', '(?=x)', '(?<=[;,]\\s|\\()', '(?!y)', 'a{0,5}', '\\bSee\\b']) {
      assert.deepEqual(portabilityProblems(good), [], `should accept ${good}`);
    }
    for (const bad of ['(a+)+', '(?:\\s*x)*', '(a|b+){2,}', '((a+)b)+']) {
      assert.notDeepEqual(nestedUnboundedQuantifiers(bad), [], `should flag ${bad}`);
    }
    for (const good of ['(a+)', '(?:a{0,9}\\s){0,5}', '(a+)?', '[(+]+', '\\(+', '(?:ab)+']) {
      assert.deepEqual(nestedUnboundedQuantifiers(good), [], `should accept ${good}`);
    }
  });
});

describe('citation patterns', () => {
  test('reporter citations: volume, reporter, page, pin', () => {
    assertMatches('case-cite', '158 F. Supp. 2d 214', '158 F. Supp. 2d 214', { 1: '158', 2: 'F. Supp. 2d', 3: '214' });
    assertMatches('case-cite', '158 F.Supp.2d 214, 228', '158 F.Supp.2d 214, 228', { 2: 'F.Supp.2d', 5: '228' });
    assertMatches('case-cite', '401 U.S. 37, 43-44 (1971)', '401 U.S. 37, 43-44', { 2: 'U.S.', 3: '37', 5: '43-44' });
    assertMatches('case-cite', '127 S. Ct. 1955', '127 S. Ct. 1955', { 2: 'S. Ct.' });
    assertMatches('case-cite', '167 L. Ed. 2d 929', '167 L. Ed. 2d 929', { 2: 'L. Ed. 2d' });
    assertMatches('case-cite', '985 F.3d 179, 183 n.4', '985 F.3d 179, 183 n.4', { 2: 'F.3d', 5: '183 n.4' });
    assertMatches('case-cite', "500 F. App'x 12", "500 F. App'x 12", { 2: "F. App'x" });
    assertMatches('case-cite', '264 Conn. 1, 5', '264 Conn. 1, 5', { 2: 'Conn.' });
    assertMatches('case-cite', '84 Conn. App. 208', '84 Conn. App. 208', { 2: 'Conn. App.' });
    assertMatches('case-cite', '74 N.E.2d 12', '74 N.E.2d 12', { 2: 'N.E.2d' });
  });

  test('a pin cite does not swallow the volume of a parallel citation', () => {
    assertMatches('case-cite', '550 U.S. 544, 570, 127 S. Ct. 1955', '550 U.S. 544, 570', { 5: '570' });
    assertMatches('case-cite', '401 U.S. 37, 91 S. Ct. 746', '401 U.S. 37', { 5: undefined });
  });

  test('reporter pattern leaves dates, statutes and ordinary numbers alone', () => {
    assertNoMatch('case-cite', 'December 16, 1997');
    assertNoMatch('case-cite', '(D. Conn. Feb. 9, 2022)');
    assertNoMatch('case-cite', 'on 3 occasions in 2019');
    assertNoMatch('case-cite', '42 U.S.C. § 1983');
    assertNoMatch('case-cite', 'the 5th and 6th days');
  });

  test('short forms', () => {
    assertMatches('short-cite', 'Younger, 401 U.S. at 44.', '401 U.S. at 44', { 2: 'U.S.', 4: '44' });
    assertMatches('short-cite', '158 F. Supp. 2d at 228-29', '158 F. Supp. 2d at 228-29', { 4: '228-29' });
    assertMatches('id', 'Id. at 45.', 'Id. at 45', { 1: 'Id.', 4: '45' });
    assertMatches('id', 'See id. at 219.', 'id. at 219');
    assertMatches('id', 'Ibid.', 'Ibid.');
    assertMatches('id', '*Id.*', 'Id.');
    assertNoMatch('id', 'The plaintiff paid. Idaho law applies.');
    assertMatches('supra', 'Russo, supra, at 228', 'supra');
    assertMatches('supra', 'Smith, supra note 4', 'supra note 4', { 3: '4' });
  });

  test('signals', () => {
    assertMatches('signal', 'See Younger', 'See', { 1: 'See' });
    assertMatches('signal', 'See also Russo', 'See also');
    assertMatches('signal', 'See generally Wright & Miller', 'See generally');
    assertMatches('signal', 'Cf. Conley', 'Cf.');
    assertMatches('signal', 'But see Twombly', 'But see');
    assertMatches('signal', 'See, e.g., Iqbal', 'See, e.g.,');
    assertMatches('signal', 'Accord Smith', 'Accord');
    assertMatches('signal', 'Contra Jones', 'Contra');
    assertMatches('signal', 'Compare Smith', 'Compare');
    assertMatches('signal', '*See* *Younger*', 'See');
    assertMatches('signal', 'See id. at 4', 'See');
    assertMatches('signal', 'a pending state prosecution. See', 'See'); // citation continues on the next line
    assertMatches('signal', 'at 44; see also Russo', 'see also', { 2: 'see also' });
    assertNoMatch('signal', 'See the attached exhibit.');
    assertNoMatch('signal', 'Seek relief. Seen that.');
    assertNoMatch('signal', 'we see Smith as controlling');
  });

  test('case names around v.', () => {
    assertMatches('case-name', 'Younger v. Harris, 401 U.S. 37', 'Younger v. Harris', { 1: 'Younger', 2: 'v.', 3: 'Harris' });
    assertMatches('case-name', 'Russo v. City of Hartford, 158', 'Russo v. City of Hartford', { 3: 'City of Hartford' });
    assertMatches('case-name', 'Bell Atl. Corp. v. Twombly, 550', 'Bell Atl. Corp. v. Twombly', { 1: 'Bell Atl. Corp.' });
    assertMatches('case-name', 'See Younger v. Harris', 'Younger v. Harris');
    assertMatches('case-name', 'The United States v. Jones held', 'United States v. Jones');
    assertMatches('case-name', 'Bd. of Educ. v. Earls', 'Bd. of Educ. v. Earls');
    assertMatches('case-name-procedural', 'In re Gault, 387 U.S. 1', 'In re Gault', { 2: 'Gault' });
    assertMatches('case-name-procedural', 'Ex parte Young', 'Ex parte Young');
    assertNoMatch('case-name', 'the value of v. 2 is unclear');
  });

  test('statutes, rules and constitutions', () => {
    assertMatches('statute-federal', '42 U.S.C. § 1983', '42 U.S.C. § 1983', { 1: '42', 2: 'U.S.C.', 4: '1983' });
    assertMatches('statute-federal', '28 U.S.C. §§ 1331', '28 U.S.C. §§ 1331', { 3: '§§' });
    assertMatches('statute-federal', '29 C.F.R. § 1630.2(g)', '29 C.F.R. § 1630.2(g)', { 4: '1630.2(g)' });
    assertMatches('statute-state', 'Conn. Gen. Stat. § 4-165(a)', 'Conn. Gen. Stat. § 4-165(a)', { 1: 'Conn. Gen. Stat.', 3: '4-165(a)' });
    assertMatches('statute-state', 'Cal. Civ. Proc. Code § 425.16', 'Cal. Civ. Proc. Code § 425.16');
    assertMatches('statute-state', 'N.Y. Gen. Bus. Law § 349', 'N.Y. Gen. Bus. Law § 349');
    assertMatches('rule', 'Fed. R. Civ. P. 12(b)(6)', 'Fed. R. Civ. P. 12(b)(6)', { 1: 'Fed. R. Civ. P.', 2: '12(b)(6)' });
    assertMatches('rule', 'Fed. R. Evid. 403', 'Fed. R. Evid. 403');
    assertMatches('rule', 'D. Conn. L. Civ. R. 7(a)', 'D. Conn. L. Civ. R. 7(a)');
    assertMatches('rule-short', 'under Rule 12(b)(6),', 'Rule 12(b)(6)');
    assertMatches('constitution', 'U.S. Const. amend. XIV, § 1', 'U.S. Const. amend. XIV, § 1', { 2: 'amend.', 3: 'XIV', 6: '1' });
    assertMatches('constitution', 'U.S. Const. art. III, § 2, cl. 1', 'U.S. Const. art. III, § 2, cl. 1', { 3: 'III', 9: '1' });
    assertMatches('constitution', 'Conn. Const. art. I, § 7', 'Conn. Const. art. I, § 7', { 1: 'Conn. Const.' });
    assertMatches('section', 'under § 1983 and', '§ 1983');
  });

  test('databases, dockets and parentheticals', () => {
    assertMatches('database', '2019 WL 4933517, at *3', '2019 WL 4933517, at *3', { 2: 'WL', 6: '*3' });
    assertMatches('database', '2001 U.S. Dist. LEXIS 14297', '2001 U.S. Dist. LEXIS 14297', { 2: 'U.S. Dist. LEXIS' });
    assertMatches('docket', 'No. 3:21-cv-107 (JAM)', 'No. 3:21-cv-107 (JAM)');
    assertMatches('docket', 'Doc. #41 at 4', 'Doc. #41');
    assertMatches('court-date', '(1971)', '(1971)', { 4: '1971' });
    assertMatches('court-date', '(D. Conn. 2001)', '(D. Conn. 2001)', { 2: 'D. Conn. ' });
    assertMatches('court-date', '(2d Cir. 2019)', '(2d Cir. 2019)');
    assertMatches('court-date', '(D. Conn. Feb. 9, 2022)', '(D. Conn. Feb. 9, 2022)', { 2: 'D. Conn. ', 3: 'Feb. 9, ' });
    assertNoMatch('court-date', '(emphasis added)');
    assertNoMatch('court-date', '12(b)(6)');
    assertMatches('explanatory-parenthetical', '(quoting Conley v. Gibson', '(quoting', { 2: 'quoting' });
    assertMatches('explanatory-parenthetical', '(per curiam)', '(per curiam');
    assertMatches('explanatory-parenthetical', '(internal quotation marks omitted)', '(internal quotation marks');
    assertMatches('explanatory-parenthetical', '(alteration in original)', '(alteration in original');
    assertNoMatch('explanatory-parenthetical', '(quotingly)');
  });

  test('a line is split into citation parts in order', () => {
    assert.deepEqual(scan('See Younger v. Harris, 401 U.S. 37, 43-44 (1971).'), [
      ['signal', 'See'],
      ['case-name', 'Younger v. Harris'],
      ['case-cite', '401 U.S. 37, 43-44'],
      ['court-date', '(1971)'],
    ]);
    assert.deepEqual(scan('Id. at 45.'), [['id', 'Id. at 45']]);
    assert.deepEqual(scan('Russo v. City of Hartford, 158 F.Supp.2d 214, 228 (D. Conn. 2001).'), [
      ['case-name', 'Russo v. City of Hartford'],
      ['case-cite', '158 F.Supp.2d 214, 228'],
      ['court-date', '(D. Conn. 2001)'],
    ]);
    assert.deepEqual(scan('Claims under 42 U.S.C. § 1983 fail. Fed. R. Civ. P. 12(b)(6).'), [
      ['statute-federal', '42 U.S.C. § 1983'],
      ['rule', 'Fed. R. Civ. P. 12(b)(6)'],
    ]);
    assert.deepEqual(scan('On December 16, 1997, the court held a hearing.'), []);
  });

  test('pathological lines are scanned without catastrophic backtracking', { timeout: 30_000 }, () => {
    const lines = [
      'A. '.repeat(3000),
      'Ab '.repeat(3000) + 'v.',
      `${'1 '.repeat(3000)}U.S.`,
      '('.repeat(5000),
      `${'F. '.repeat(2000)}1`,
      `See ${'Smith '.repeat(2000)}v. ${'Jones '.repeat(2000)}`,
      `${'§'.repeat(3000)}1`,
      `Id. at ${'1-'.repeat(3000)}`,
      `${'1 '.repeat(1000)}WL ${'9'.repeat(1000)}`,
    ];
    for (const line of lines) scan(line); // must finish; the test timeout guards a hang
  });
});

describe('language-configuration.json', () => {
  test('uses only an HTML-style block comment and closes brackets and quotes', () => {
    const config = readJson<{
      comments?: { lineComment?: string; blockComment?: [string, string] };
      brackets?: Array<[string, string]>;
      autoClosingPairs?: Array<{ open: string; close: string }>;
    }>(LANGUAGE_CONFIG_PATH);
    assert.equal(config.comments?.lineComment, undefined);
    assert.deepEqual(config.comments?.blockComment, ['<!--', '-->']);
    assert.deepEqual(
      config.brackets?.map((b) => b[0]),
      ['(', '[', '{'],
    );
    const opens = (config.autoClosingPairs ?? []).map((p) => p.open);
    for (const open of ['(', '[', '"', '“']) assert.ok(opens.includes(open), `auto-closes ${open}`);
    assert.ok(!opens.includes("'"), "a straight ' is an apostrophe in prose; it must not auto-close");
  });
});

describe('with the real TextMate engine (optional)', () => {
  test('tokenizes sample lines with vscode-textmate + vscode-oniguruma', async (t) => {
    let textmate: any;
    let oniguruma: any;
    try {
      // Optional packages, loaded only when installed: an import would not compile without them.
      /* eslint-disable @typescript-eslint/no-require-imports */
      textmate = require('vscode-textmate');
      oniguruma = require('vscode-oniguruma');
      /* eslint-enable @typescript-eslint/no-require-imports */
    } catch {
      t.skip('vscode-textmate / vscode-oniguruma not installed');
      return;
    }
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: (scope: string) => Promise.resolve(scope === 'text.legal-brief' ? textmate.parseRawGrammar(fs.readFileSync(BRIEF_PATH, 'utf8'), BRIEF_PATH) : null),
    });
    const grammar = await registry.loadGrammar('text.legal-brief');
    const scopesOf = (line: string, piece: string): string[] => {
      const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
      const at = line.indexOf(piece);
      const token = tokens.find((tk: { startIndex: number; endIndex: number }) => tk.startIndex <= at && at < tk.endIndex);
      return token ? token.scopes : [];
    };
    const line = 'See Younger v. Harris, 401 U.S. 37, 43-44 (1971). Id. at 45. 158 F.Supp.2d 214.';
    assert.ok(scopesOf(line, 'See').includes('keyword.control.signal.pincite'));
    assert.ok(scopesOf(line, 'Younger').includes('entity.name.type.case.pincite'));
    assert.ok(scopesOf(line, 'U.S.').includes('support.type.reporter.pincite'));
    assert.ok(scopesOf(line, '401').includes('constant.numeric.volume.pincite'));
    assert.ok(scopesOf(line, 'Id.').includes('keyword.other.id.pincite'));
    assert.ok(scopesOf(line, 'F.Supp.2d').includes('support.type.reporter.pincite'));
    const comment = '<!-- pincite-disable-next-line CITE001 -->';
    assert.ok(scopesOf(comment, 'pincite-disable').includes('keyword.other.directive.pincite'));
    assert.ok(scopesOf(comment, 'CITE001').includes('comment.block.pincite'));
  });
});
