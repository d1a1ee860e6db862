// End-to-end scenarios, run by test/e2e/run-code-server.mjs in a real VS Code
// workbench (code-server + chromium) with the packaged extension installed.
//
// Each scenario is { name, run, timeout? } where run receives:
//   page        the Playwright page showing the workbench
//   ui          the helpers of ./ui.mjs with `page` already bound
//   workspace   absolute path of this run's copy of test/e2e/workspace/
//   screenshot  async (label) => saves test-results/e2e/<scenario>--<label>.png
//   log         (message) => prints an indented line under the scenario
// A scenario fails by throwing (node:assert is fine). Scenarios share one
// workbench page, in this order; a failed one gets a freshly loaded page.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The bundled opinion the library scenarios open, read from the repository so
// the expected lines follow the file rather than a number written here.
const RUSSO_FILE = 'russo-v-city-of-hartford.lexis.txt';
const RUSSO_TEXT = fs.readFileSync(path.join(ROOT, 'opinions', RUSSO_FILE), 'utf8');
const RUSSO_LINES = RUSSO_TEXT.split(/\r\n|\r|\n/);

/** Where `needle` is in the Russo text: { line, column } (1-based, as the status bar counts); it must occur once. */
function placeInRusso(needle) {
  const at = RUSSO_TEXT.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in ${RUSSO_FILE}`);
  assert.equal(RUSSO_TEXT.indexOf(needle, at + 1), -1, `${needle} occurs once in ${RUSSO_FILE}`);
  return positionInRusso(at);
}

function positionInRusso(offset) {
  const before = RUSSO_TEXT.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function offsetInRusso(line, column) {
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += RUSSO_LINES[i].length + 1; // LF only (checked below)
  return offset + column - 1;
}
assert.ok(!RUSSO_TEXT.includes('\r'), `${RUSSO_FILE} has LF line ends`);

/** The page a position of the Russo text is on: the last Lexis star marker before it. */
function russoPageAt(offset) {
  const markers = [...RUSSO_TEXT.slice(0, offset).matchAll(/\[\*(\d+)\]/g)];
  return markers.length ? Number(markers[markers.length - 1][1]) : undefined;
}

// The curated authorities and doctrine notes the hover cards show, read from
// the data files so the expected text follows them.
const AUTHORITY_DIR = path.join(ROOT, 'data', 'authorities');
const CURATED = fs
  .readdirSync(AUTHORITY_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(AUTHORITY_DIR, f), 'utf8')));
const AUTHORITIES = new Map(CURATED.flatMap((d) => d.authorities ?? []).map((a) => [a.id, a]));
const DOCTRINES = new Map(CURATED.flatMap((d) => d.doctrines ?? []).map((d) => [d.id, d]));

function authority(id) {
  const a = AUTHORITIES.get(id);
  assert.ok(a, `data/authorities has ${id}`);
  return a;
}

function doctrine(id) {
  const d = DOCTRINES.get(id);
  assert.ok(d, `data/authorities has the doctrine ${id}`);
  return d;
}

/** Text as a hover renders it: Markdown emphasis gone, whitespace collapsed. */
function rendered(markdown) {
  return markdown.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
}

/** Whitespace collapsed, for comparing with hover text. */
function squash(text) {
  return text.replace(/\s+/g, ' ').trim();
}

// KNOWN PRODUCT BUG: the server writes the hover's links to the bundled
// opinions with pincite-opinion: URIs, and VS Code's Markdown renderer drops
// links whose scheme is not http(s), mailto, data, file, vscode-remote or
// (trusted) command, so "Russo p. 228-30" shows as plain text. While this is
// true a missing link is only logged; set it to false once the links render.
const HOVER_OPINION_LINKS_DROPPED = false;

/** The hover's link whose text ends with `where` (e.g. "p. 228-30"): it must open a bundled opinion at a line. */
function assertOpinionLink(hover, where, log) {
  const l = hover.links.find((x) => x.text.endsWith(where));
  if (!l && HOVER_OPINION_LINKS_DROPPED) {
    log(`known bug: "${where}" is shown without its link (links in the hover: ${JSON.stringify(hover.links)})`);
    return;
  }
  assert.ok(l, `a link for ${where} among ${JSON.stringify(hover.links)}`);
  // VS Code keeps only trusted command links in a hover: pincite.openOpinion with [uri, line].
  assert.match(l.href, /^command:pincite\.openOpinion\?|#L\d+$/, `the ${where} link opens a line of the opinion`);
}

/** Shown on every curated card (server/src/core/authorities/card.ts). */
const NOT_A_CITATOR = 'Treatment notes are selective; this is not a citator.';

/**
 * Checks a curated authority's card in a hover read by ui.readHover: the
 * canonical citation in bold first (with its flag, if any), the holding, each
 * step of the test, each later treatment, the not-a-citator line, and the
 * first three uses in the bundled opinions as links. A matched citation shows
 * none of the parts Pincite read. Returns the card's text (the part above the
 * rule), which is the same whichever citation of the authority is hovered.
 */
function assertCuratedCard(hover, entry, log = () => {}) {
  const [first] = hover.blocks;
  assert.ok(first?.text.startsWith(entry.citation), `the card starts with the canonical citation: ${first?.text}`);
  assert.deepEqual(first.strong, [entry.citation], 'the canonical citation is bold');
  const text = squash(hover.text);
  assert.ok(text.includes(squash(entry.holding)), `the card gives the holding of ${entry.name}`);
  for (const step of entry.test ?? []) assert.ok(text.includes(squash(step.text)), `the card gives the test step "${step.text}"`);
  const treatments = entry.treatment ?? [];
  for (const t of treatments) {
    const line = treatments.length === 1 ? `Later treatment (${t.kind}): ${t.by}` : `${t.kind}: ${t.by}`;
    assert.ok(text.includes(line), `the card names the later treatment by ${t.by}`);
  }
  if (!treatments.length && entry.treatmentState === 'none recorded') assert.ok(text.includes('Later treatment: none recorded.'));
  assert.ok(text.includes(NOT_A_CITATOR), 'the card says it is not a citator');
  if (entry.usedIn.length) assert.match(text, /In the bundled opinions:/);
  for (const u of entry.usedIn.slice(0, 3)) {
    const where = u.pages ? `p. ${u.pages}` : `, ${u.section}`;
    assert.ok(text.includes(squash(`${where}: ${u.how}`)), `the card says how ${u.opinion} uses it at ${where}`);
    assertOpinionLink(hover, where, log);
  }
  assert.doesNotMatch(hover.text, /Volume:|First page:|Case citation/, 'a matched citation shows no parsed parts');
  return hover.sections[0];
}

/** Every file and folder under `dir`, relative, sorted. */
function listTree(dir) {
  return fs.readdirSync(dir, { recursive: true }).map(String).sort();
}

export const scenarios = [
  {
    name: 'workbench opens brief.md',
    async run({ ui, screenshot }) {
      await ui.openFile('brief.md');
      const text = await ui.waitForEditorText('Younger v. Harris, 401 U.S. 37, 43-44 (1971)');
      assert.match(text, /Id\. at 45\./);
      assert.match(text, /158 F\.Supp\.2d 214/);
      await screenshot('editor');
    },
  },
  {
    name: 'the extension activates and the status item counts citations',
    async run({ page, ui, screenshot }) {
      await ui.openFile('brief.md');
      // The language status item re-renders on every analysis; its accessible
      // label carries the same text without the flakiness of opening its hover.
      const status = await ui.waitUntil(
        async () => {
          const label = await page
            .locator('.part.statusbar [id="status.languageStatus"]')
            .first()
            .getAttribute('aria-label')
            .catch(() => null);
          return label && /Pincite: \d+ citations/.test(label) ? label : undefined;
        },
        { message: 'the language status to show Pincite' },
      );
      // brief.md holds Younger, its Id. and Russo: three citations.
      assert.match(status, /Pincite: 3 citations/);
      assert.match(status, /analysed in [\d.]+ ms/);
      await screenshot('status');
    },
  },
  {
    name: 'a malformed citation gets a squiggle and a Problems entry with its code',
    async run({ ui, screenshot }) {
      await ui.openFile('brief.md');
      await ui.waitForSquiggles({ kind: 'warning', min: 1 });
      const problems = await ui.readProblems({ min: 1, contains: 'F. Supp. 2d' });
      const spacing = problems.find((p) => /Reporter spacing/.test(p.message));
      assert.ok(spacing, `a reporter-spacing problem among ${JSON.stringify(problems)}`);
      assert.match(spacing.code ?? spacing.message, /CITE001/);
      await screenshot('problems');
    },
  },
  {
    name: 'hovering a citation shows its card, and the parts only where Pincite matched no authority',
    async run({ ui, screenshot }) {
      await ui.openFile('brief.md');
      // Younger has a curated entry: the card, no parsed parts.
      const younger = await ui.hoverText('401 U.S. 37', { contains: 'not a citator' });
      assert.match(younger, /^Younger v\. Harris, 401 U\.S\. 37 \(1971\)/);
      assert.doesNotMatch(younger, /Volume:|First page:/);
      await screenshot('card');
      await ui.closeHover();
      // Weyant has no entry and the bundled opinions do not cite it: the parts.
      await ui.openFile('holdings.md');
      const hover = await ui.hoverText('101 F.3d 845', { contains: 'Volume' });
      assert.match(hover, /Case citation/);
      assert.match(hover, /Weyant v\. Okst/);
      assert.match(hover, /Volume: 101/);
      assert.match(hover, /First page: 845/);
      assert.match(hover, /Pin cite: 852/);
      await screenshot('parts');
    },
  },
  {
    name: 'citations are highlighted in Markdown',
    async run({ ui }) {
      await ui.openFile('brief.md');
      // Tokenizing is asynchronous: wait until the volume gets a theme colour of its own.
      await ui.waitUntil(async () => (await ui.tokenAt('401 U.S.'))?.className !== 'mtk1', { message: 'highlighting' });
    },
  },
  {
    name: 'the sample memorandum shows its planted mistakes (README screenshot)',
    async run({ page, ui, screenshot }) {
      await ui.openFile('memorandum.md');
      // The seventeen planted mistakes of samples/memorandum.mistakes.md that carry a rule code.
      const planted = [
        'CITE001',
        'CITE002',
        'CITE007',
        'CITE008',
        'CITE030',
        'CITE031',
        'CITE041',
        'CITE050',
        'CITE051',
        'CITE053',
        'CITE060',
        'CITE061',
        'CITE080',
        'CITE084',
        'CITE085',
        'CITE101',
        'CITE110',
      ];
      // The panel draws only the rows in view; its badge counts them all.
      const problems = await ui.readProblems({ min: 8, contains: 'CITE' });
      for (const p of problems) assert.ok(planted.includes(/CITE\d{3}/.exec(p.code || p.text)?.[0]), p.text);
      await ui.waitUntil(
        async () =>
          (
            await page
              .locator('.part.panel .badge-content')
              .first()
              .innerText()
              .catch(() => '')
          ).trim() === String(planted.length),
        { message: `the Problems badge to count ${planted.length}` },
      );
      // Jump to the Fed. App'x problem from the Problems panel, as a writer would:
      // filter the panel to it (a variant spelling is a warning, listed below the
      // errors and perhaps out of view), then open it.
      const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
      await filter.fill("Fed. App'x");
      await page.locator('.markers-panel .monaco-list-row', { hasText: "Fed. App'x" }).first().dblclick();
      await ui.waitForSquiggles({ kind: 'warning', min: 1 });
      // Byrne has a curated entry: the hover shows its card (and the problem), not the parts.
      await ui.hoverText("Fed. App'x", { contains: 'not a citator' });
      // The filter is cleared only now: opening the problem moves the focus to the editor a moment
      // later, with "Fed. App'x" selected, and a clear typed in that moment deleted it from the brief.
      await filter.fill('');
      await screenshot('memorandum');
    },
  },
  {
    name: 'a quick fix from the light-bulb menu writes the right form',
    async run({ ui, screenshot }) {
      await ui.openFile('brief.md');
      await ui.waitForSquiggles({ kind: 'warning', min: 1 });
      await ui.quickFix('Write "F. Supp. 2d" (CITE001)', { at: 'F.Supp.2d' });
      const text = await ui.waitForEditorText('158 F. Supp. 2d 214');
      assert.doesNotMatch(text, /F\.Supp\.2d/);
      await ui.waitForNoSquiggles({ kind: 'warning' });
      await screenshot('after-quick-fix');
    },
  },
  {
    name: 'fix all on save leaves no fixable problem',
    async run({ page, ui, screenshot }) {
      await ui.openFile('fixall.md');
      await ui.readProblems({ min: 3, contains: 'CITE' });
      await page.keyboard.press('Control+S');
      const text = await ui.waitForEditorText('158 F. Supp. 2d 214');
      assert.match(text, /\*Id\.\* at 45/);
      assert.match(text, /736 F\. App'x 263/);
      // Every finding left is one no fix can make (none here).
      await ui.waitForNoSquiggles({});
      await screenshot('after-save');
    },
  },
  {
    name: 'following a citation link opens the opinion at the cited page',
    timeout: 180_000,
    async run({ page, ui, workspace, screenshot, log }) {
      const before = listTree(workspace);
      const marker = placeInRusso('[*229]');
      log(`[*229] is at line ${marker.line}, column ${marker.column} of ${RUSSO_FILE}`);
      const russoCite = '158 F. Supp. 2d 214, 229';
      // Its first character: VS Code reveals the caret, not the whole marker.
      const markerInView = (opts) =>
        ui.waitUntil(() => ui.isTextInView('[*229]', { ...opts, from: 0, to: 1 }), {
          message: `[*229] to be in view${opts?.horizontally ? ' (both ways)' : ''}`,
        });
      // Every way in must open a new tab on the opinion: start each from library.md alone.
      const freshLibrary = async () => {
        await ui.closeAllEditors();
        await ui.waitUntil(async () => (await ui.tabLabels()).length === 0, { message: 'no editor open' });
        await ui.openFile('library.md');
        await ui.waitForEditorText(russoCite);
        // The code lens above Russo's line moves the link down when it arrives: click after it.
        await ui.waitUntil(async () => (await page.locator('.codelens-decoration', { hasText: 'citations of Russo' }).count()) > 0, {
          message: 'the code lens above the Russo citation',
        });
      };

      // 1. Ctrl+click on the link. VS Code runs Go to Definition on the same
      // gesture, so the caret may end at the link's line start or on the marker.
      await freshLibrary();
      await ui.ctrlClickLink(russoCite);
      await ui.waitForActiveTab(RUSSO_FILE);
      assert.ok((await ui.tabLabels()).includes('library.md'), 'the brief stays open beside the opinion');
      let at = await ui.waitForCursor((p) => p.line === marker.line, { message: `the caret on line ${marker.line}` });
      log(`after Ctrl+click: ${at.text}`);
      await ui.waitForEditorText('[*229]');
      await markerInView();
      await screenshot('ctrl-click');

      // The opinion is read-only: typing is refused and changes nothing.
      const typed = await ui.tryTyping('zzz');
      assert.ok(typed.refused, 'VS Code says the opinion cannot be edited');
      log(`typing: ${typed.message}`);
      // The whole document, not just the lines in view (wrapping may scroll them).
      const nbsp = (t) => t.replace(/\u00a0/g, ' '); // the clipboard may turn no-break spaces into spaces
      assert.equal(nbsp(await ui.copyEditorText()), nbsp(RUSSO_TEXT), 'typing left the opinion unchanged');
      assert.equal(await page.locator('.part.editor .tabs-container .tab.dirty').count(), 0, 'no tab is dirty');
      await screenshot('read-only');

      // 2. The link alone (Open Link from the palette, no Go to Definition): its `#L<line>,<column>`, the marker itself.
      await freshLibrary();
      await ui.clickText(russoCite, { at: 4 });
      await ui.waitForLink(russoCite, { at: 4 });
      await ui.runCommand('Open Link');
      await ui.waitForActiveTab(RUSSO_FILE);
      at = await ui.waitForCursor((p) => p.line === marker.line, { message: `the caret on line ${marker.line}` });
      assert.deepEqual([at.line, at.column, at.selected], [marker.line, marker.column, 0], `the link opens at the marker, line ${marker.line}, column ${marker.column}`);
      await markerInView();
      await screenshot('open-link');

      // 3. Go to Definition (F12): VS Code puts the caret at the start of the
      // definition's range (it collapses the range and only flashes it), so
      // the caret is on the marker, which is scrolled into view both ways.
      await freshLibrary();
      await ui.goToDefinition(russoCite, { at: 4 });
      await ui.waitForActiveTab(RUSSO_FILE);
      at = await ui.waitForCursor((p) => p.line === marker.line && p.column > 1, { message: `the caret inside line ${marker.line}` });
      assert.deepEqual([at.line, at.column, at.selected], [marker.line, marker.column, 0], `F12 puts the caret on [*229] (line ${marker.line}, column ${marker.column})`);
      await markerInView({ horizontally: true });
      await screenshot('definition');

      await ui.closeAllEditors();
      assert.deepEqual(listTree(workspace), before, 'opening opinions wrote nothing into the workspace');
    },
  },
  {
    name: 'the CITE101 quick fix corrects the pin',
    async run({ ui, screenshot }) {
      await ui.openFile('library.md');
      await ui.waitForEditorText('*Id.* at 231.');
      await ui.waitForSquiggles({ kind: 'warning', min: 1 });
      await ui.waitUntil(() => ui.squiggleOn('231', { kind: 'warning' }), { message: 'a warning squiggle under 231' });
      // The file is built to have this one problem, so "no warning" below means this one went away.
      assert.equal(await ui.waitForSquiggles({ kind: ['error', 'warning', 'info'] }), 1, 'library.md has one squiggle');
      await screenshot('warning');
      await ui.quickFix('Change the pin cite to 228-29', { at: '231' });
      const text = await ui.waitForEditorText('*Id.* at 228-29.');
      assert.doesNotMatch(text, /\b231\b/);
      await ui.waitForNoSquiggles({ kind: 'warning' });
      await ui.waitForNoSquiggles({});
      await screenshot('fixed');
    },
  },
  {
    name: 'cited-in lists where the bundled opinions cite Younger',
    async run({ ui, screenshot, log }) {
      await ui.openFile('library.md');
      await ui.clickText('401 U.S. 37', { at: 4 });
      await ui.runCommand('Pincite: Show Where the Bundled Opinions Cite This', { opensQuickInput: true });
      const shown = await ui.readQuickInput({ title: "Where the library's opinions cite", label: 'p. 228' });
      log(`${shown.title}: ${shown.labels.join(' | ')}`);
      assert.match(shown.title, /Younger/);
      for (const l of shown.labels) assert.match(l, /^Russo v\. City of Hartford, p\. \d+/);
      await screenshot('quick-pick');
      const picked = await ui.pickQuickInput('Russo v. City of Hartford, p. 228');
      log(`picked ${picked.chosen}`);

      await ui.waitForActiveTab(RUSSO_FILE);
      const at = await ui.waitForCursor((p) => p.selected > 0, { message: 'a selection in the opinion' });
      const selected = await ui.copySelection();
      log(`${at.text}: ${JSON.stringify(selected)}`);
      assert.match(selected, /401 U\.S\./, 'the selection is the citation of Younger');
      assert.ok(!selected.includes('\n'), 'the selection is on one line');
      // The status bar's column is the selection's end.
      const end = offsetInRusso(at.line, at.column);
      assert.equal(RUSSO_TEXT.slice(end - at.selected, end), selected, 'the selection is where the status bar says');
      assert.equal(russoPageAt(end - at.selected), 228, 'the place is on page 228');
      await ui.waitUntil(() => ui.isTextInView(selected, { horizontally: true }), { message: 'the citation in view' });
      await screenshot('opened');
    },
  },

  {
    name: "hovering a citation shows the authority's card",
    async run({ page, ui, screenshot, log }) {
      const younger = authority('younger-v-harris');
      assert.ok(
        younger.treatment?.some((t) => /^Sprint\b/.test(t.by)),
        'the Younger entry names Sprint as later treatment',
      );
      await ui.openFile('holdings.md');
      await ui.waitForEditorText('*Younger v. Harris*, 401 U.S. 37, 43 (1971)');

      // The full citation: the card, then only the count.
      const full = await ui.readHover('401 U.S. 37', { contains: 'not a citator' });
      const card = assertCuratedCard(full, younger, log);
      assert.match(full.text, /Later treatment \(limited\): Sprint Commc'ns, Inc\. v\. Jacobs, 571 U\.S\. 69, 78–81 \(2013\)/);
      assert.match(full.text, /\(401 U\.S\. at 43–45, 53–54\)/);
      assert.match(full.text, /Russo p\. 228–30: /);
      assert.match(full.text, /Cited 3 times in this document/);
      assert.doesNotMatch(full.text, /Volume: 401/);
      log(`card: ${card.split('\n')[0]} (${card.length} characters); links: ${full.links.map((l) => `${l.text} -> ${l.href}`).join(', ')}`);
      await screenshot('card');
      // Following the card's link opens Russo read-only where page 228 begins.
      const marker = placeInRusso('[*228]');
      await page.locator('.monaco-hover a', { hasText: 'Russo p. 228–30' }).first().click();
      await ui.waitForActiveTab(RUSSO_FILE);
      await ui.waitForCursor((p) => p.line === marker.line && p.column === marker.column, { message: `the caret on [*228] (${marker.line}:${marker.column})` });
      await ui.waitForEditorText('[*228]');
      await ui.openFile('holdings.md');
      await ui.waitForEditorText('*Younger v. Harris*, 401 U.S. 37, 43 (1971)');

      // Id. and the short form show the same card, then what they refer to.
      const id = await ui.readHover('Id.', { contains: 'Refers to' });
      assertCuratedCard(id, younger);
      assert.equal(id.sections[0], card, 'Id. shows the same card as the full citation');
      assert.match(id.text, /Refers to: Younger v\. Harris, 401 U\.S\. 37, 43 \(1971\)/);
      await screenshot('id-card');
      await ui.closeHover();

      const short = await ui.readHover('401 U.S. at 49', { contains: 'Refers to' });
      assert.equal(short.sections[0], card, 'the short form shows the same card as the full citation');
      assert.match(short.text, /Refers to: Younger v\. Harris/);
      await ui.closeHover();
    },
  },
  {
    name: "the Ex parte Young card names Whole Woman's Health v. Jackson first; the Scheuer card carries its flag",
    async run({ page, ui, screenshot, log }) {
      // The hover fades in after its text is there: let it settle before a screenshot.
      const settle = () => page.waitForTimeout(400);
      await ui.openFile('holdings.md');
      await ui.waitForEditorText('*Ex parte Young*, 209 U.S. 123');

      const young = authority('ex-parte-young');
      assert.match(young.treatment[0].by, /^Whole Woman's Health v\. Jackson, 595 U\.S\. 30, 39–40 \(2021\)$/, "the data puts Whole Woman's Health first");
      const y = await ui.readHover('209 U.S. 123', { contains: 'not a citator' });
      assertCuratedCard(y, young, log);
      assert.equal(y.blocks[0].text, `${young.citation} — ⚠ limited`);
      // The treatment list, most important first.
      const list = y.blocks.find((b) => b.tag === 'ul' && b.text.includes("Whole Woman's Health"));
      assert.ok(list, `a list of later treatment among ${JSON.stringify(y.blocks.map((b) => b.text.slice(0, 40)))}`);
      assert.ok(
        list.text.startsWith("limited: Whole Woman's Health v. Jackson, 595 U.S. 30, 39–40 (2021). No injunction against state-court judges or clerks"),
        list.text.slice(0, 120),
      );
      assert.match(y.text, /To verify \(treatment\): Idaho v\. Coeur d'Alene Tribe/);
      assertOpinionLink(y, ', Official-capacity claims against Serafini and Leigh', log);
      log(`Ex parte Young: ${young.treatment.length} treatments, ${y.links.length} links`);
      await settle();
      await screenshot('ex-parte-young');
      await ui.closeHover();

      const scheuer = authority('scheuer-v-rhodes');
      const sc = await ui.readHover('416 U.S. 232', { contains: 'not a citator' });
      assertCuratedCard(sc, scheuer, log);
      assert.equal(sc.blocks[0].text, `${scheuer.citation} — ⚠ abrogated in part`, 'the header flags the abrogation');
      assert.match(sc.text, /Later treatment \(abrogated in part\): Harlow v\. Fitzgerald, 457 U\.S\. 800, 815–19 \(1982\)\./);
      assert.match(sc.text, /Davis v\. Scherer, 468 U\.S\. 183, 191 \(1984\)/);
      assert.ok(sc.text.indexOf('Later treatment') < sc.text.indexOf(NOT_A_CITATOR), 'the warning follows the treatment');
      await settle();
      await screenshot('scheuer');
      await ui.closeHover();
    },
  },
  {
    name: 'hovering a doctrine phrase shows the doctrine note',
    async run({ ui, screenshot, log }) {
      await ui.openFile('holdings.md');
      await ui.waitForEditorText('qualified immunity');
      // Each phrase as the prose writes it, and the note the data gives for it.
      const cases = [
        { at: 'abstention to the', note: doctrine('younger-abstention'), shot: 'younger-abstention' },
        { at: 'qualified immunity', note: doctrine('qualified-immunity'), shot: 'qualified-immunity' },
      ];
      for (const { at, note, shot } of cases) {
        const hover = await ui.readHover(at, { contains: '— doctrine' });
        const title = rendered(note.name);
        const [first] = hover.blocks;
        assert.equal(first?.text, `${title} — doctrine`, `the note on "${at}" starts with its name`);
        assert.deepEqual(first.strong, [title], 'the doctrine name is bold');
        const text = squash(hover.text);
        assert.ok(text.includes(squash(note.summary)), `the note on ${title} gives its summary`);
        assert.match(hover.text, /Controlling:/);
        const controlling = note.controlling.map((cid) => AUTHORITIES.get(cid)).filter(Boolean);
        assert.ok(controlling.length > 0, `${note.id} names controlling authorities that the data has`);
        for (const a of controlling) assert.ok(text.includes(a.citation), `the note on ${title} lists ${a.citation} as controlling`);
        assert.doesNotMatch(hover.text, /Case citation|Volume:/, 'a doctrine phrase is not read as a citation');
        log(`${title}: ${controlling.length} controlling authorities`);
        await screenshot(shot);
        await ui.closeHover();
      }
    },
  },
  {
    name: 'accepting a completion inserts a well-formed citation',
    async run({ page, ui, screenshot, log }) {
      const younger = authority('younger-v-harris');
      const start = 'Federal courts abstain. *See* ';
      const first = `${start}*Younger v. Harris*, 401 U.S. 37, 43 (1971)`;
      const second = `${first}. The rule rests on comity. *Id.* at 44`;
      const third = `${second}.\n\nBad faith can overcome it. *Younger*, 401 U.S. at 49`;
      // The file is that one line with no line end, so Ctrl+End is the end of it.
      await ui.openFile('completion.md');
      await ui.waitForEditorText(start.trim());
      await ui.waitForLanguageStatus(/Pincite: 0 citations/);
      await ui.clickText('Federal');
      await page.keyboard.press('Control+End');

      // A case name: the full citation, with the pin as the selected placeholder.
      await ui.typeText('Youn');
      const chosen = await ui.acceptSuggestion(younger.name, { exact: true });
      log(`accepted ${JSON.stringify(chosen.label)} (${chosen.detail}) from ${chosen.all.map((r) => r.label).join(' | ')}`);
      assert.equal(chosen.detail, younger.citation, 'the entry shows the canonical citation');
      await ui.waitForEditorText(`${start}*Younger v. Harris*, 401 U.S. 37, pin (1971)`);
      await ui.waitForCursor((p) => p.selected === 'pin'.length, { message: 'the pin placeholder selected' });
      await screenshot('pin-placeholder');
      // Pin 4 comes before the first page, which the server flags; with 43 the
      // squiggle goes, so the clean editor below is the server's view of the final text.
      await ui.typeText('4');
      await ui.waitUntil(() => ui.squiggleOn('401 U.S. 37, 4 (1971)', { kind: 'error' }), { message: 'an error squiggle while the pin reads 4' });
      await ui.typeText('3');
      await page.keyboard.press('Tab'); // to the end of the snippet
      await ui.waitForNoSquiggles({});
      let text = await ui.copyEditorText();
      await page.keyboard.press('Control+End');
      assert.equal(text, first);
      await ui.waitForLanguageStatus(/Pincite: 1 citation\b.*\b0 problems/);
      await ui.waitForNoSquiggles({});
      await screenshot('full-citation');

      // Then Id. for the authority just cited.
      await ui.typeText('. The rule rests on comity. I');
      const id = await ui.acceptSuggestion('Id. at …', { exact: true });
      log(`accepted ${JSON.stringify(id.label)} (${id.detail}) from ${id.all.map((r) => r.label).join(' | ')}`);
      assert.match(id.detail, /^Id\. — .*Younger/, 'the Id. entry names the authority it refers to');
      await ui.waitForEditorText('comity. *Id.* at pin');
      await ui.waitForCursor((p) => p.selected === 'pin'.length, { message: 'the pin placeholder selected' });
      await ui.typeText('4');
      // CITE059 (an Id. pin before the case's first page) is a warning: which citation an Id. repeats is inferred.
      await ui.waitUntil(() => ui.squiggleOn('*Id.* at 4', { kind: 'warning' }), { message: 'a warning squiggle while the Id. pin reads 4' });
      await ui.typeText('4');
      await page.keyboard.press('Tab');
      await ui.waitForNoSquiggles({});
      text = await ui.copyEditorText();
      await page.keyboard.press('Control+End');
      assert.equal(text, second);
      await ui.waitForLanguageStatus(/Pincite: 2 citations\b.*\b0 problems/);
      await ui.waitForNoSquiggles({});
      await screenshot('id');

      // In a new paragraph the case name offers the short form.
      await ui.typeText('.\n\nBad faith can overcome it. Youn');
      const short = await ui.acceptSuggestion('Younger, 401 U.S. at …', { exact: true });
      log(`accepted ${JSON.stringify(short.label)} (${short.detail}) from ${short.all.map((r) => r.label).join(' | ')}`);
      await ui.waitForEditorText('overcome it. *Younger*, 401 U.S. at pin');
      await ui.waitForCursor((p) => p.line === 3 && p.selected === 'pin'.length, { message: 'the pin placeholder selected' });
      await ui.typeText('4');
      await ui.waitUntil(() => ui.squiggleOn('401 U.S. at 4', { kind: 'error' }), { message: 'an error squiggle while the short-form pin reads 4' });
      await ui.typeText('9');
      await page.keyboard.press('Tab');
      await ui.waitForNoSquiggles({});
      text = await ui.copyEditorText();
      await page.keyboard.press('Control+End');
      assert.equal(text, third);
      await ui.waitForLanguageStatus(/Pincite: 3 citations\b.*\b0 problems/);
      await ui.waitForNoSquiggles({});
      await screenshot('short-form');
    },
  },
  {
    name: 'the Table of Authorities command inserts the table, and running it again changes nothing',
    async run({ ui, screenshot, log }) {
      const original = fs.readFileSync(path.join(ROOT, 'test', 'e2e', 'workspace', 'toa.md'), 'utf8');
      await ui.openFile('toa.md');
      await ui.waitForEditorText('*Quern v. Jordan*');
      await ui.runCommand('Pincite: Insert or Update Table of Authorities');
      await ui.waitForEditorText('<!-- /pincite-toa -->');
      const text = await ui.copyEditorText();
      const table = /<!-- pincite-toa -->\n([\s\S]*?)<!-- \/pincite-toa -->/.exec(text)?.[1] ?? '';
      log(table.trim().split('\n').slice(0, 6).join(' / '));
      // Sections in order, each authority once in full form (the Id. and the short form folded in).
      const order = ['| Cases', '| Constitutional Provisions', '| Statutes', '| Rules'].map((h) => table.indexOf(h));
      assert.ok(
        order.every((k, i) => k >= 0 && (i === 0 || k > order[i - 1])),
        `sections in order: ${order}`,
      );
      assert.equal(table.split('*Younger v. Harris*, 401 U.S. 37 (1971)').length - 1, 1, 'Younger listed once, in full, without its pins');
      assert.match(table, /\*Quern v\. Jordan\*, 440 U\.S\. 332 \(1979\) \| II\. The Official-Capacity Claims Are Barred/);
      assert.match(table, /\*Younger v\. Harris\*, 401 U\.S\. 37 \(1971\) \| I\. The Court Should Abstain; II\. The Official-Capacity Claims Are Barred/);
      assert.match(table, /U\.S\. Const\. amend\. XI \|/);
      assert.match(table, /42 U\.S\.C\. § 1983 \|/);
      assert.match(table, /Fed\. R\. Civ\. P\. 12\(b\)\(1\) \|/);
      // The rest of the brief is untouched.
      const outside = text.replace(/<!-- pincite-toa -->[\s\S]*<!-- \/pincite-toa -->\n*/, '');
      assert.equal(outside.replace(/\n+/g, '\n').trim(), original.replace(/\n+/g, '\n').trim());
      await screenshot('table-of-authorities');
      // Again: nothing to change.
      await ui.runCommand('Pincite: Insert or Update Table of Authorities');
      await ui.waitUntil(async () => (await ui.copyEditorText()) === text, { message: 'the document unchanged by a second run' });
    },
  },
];

// ---- the editor's own surfaces: walkthrough, outline, settings, opinions, README images ----

/** The README's screenshots are written into docs/images/ only when asked (PINCITE_README_IMAGES=1), so a test run leaves the tree clean. */
const README_IMAGES = process.env.PINCITE_README_IMAGES === '1';

/** Saves a screenshot as the scenario's artifact and, when asked, as the README's docs/images/<name>.png. */
async function readmeShot(page, screenshot, name) {
  await screenshot(name);
  if (README_IMAGES) await page.screenshot({ path: path.join(ROOT, 'docs', 'images', `${name}.png`) });
}

/** The labels of the rows the Outline view draws, top to bottom. */
async function outlineLabels(page) {
  return page
    .locator('.outline-pane .monaco-list-row')
    .evaluateAll((rows) => rows.map((r) => (r.querySelector('.monaco-icon-label .label-name')?.textContent ?? r.getAttribute('aria-label') ?? '').trim()));
}

scenarios.push(
  {
    name: 'the walkthrough lists its steps and opens the sample memorandum',
    async run({ page, ui, screenshot, log }) {
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      const [walkthrough] = manifest.contributes.walkthroughs;
      await ui.closeAllEditors();
      await ui.runCommand('Welcome: Open Walkthrough...', { opensQuickInput: true });
      await ui.pickQuickInput(walkthrough.title);
      const pageText = await ui.waitUntil(
        async () => {
          const t = await page
            .locator('.gettingStartedContainer')
            .first()
            .innerText()
            .catch(() => '');
          return walkthrough.steps.every((step) => t.includes(step.title)) ? t : undefined;
        },
        { message: 'the walkthrough page with every step' },
      );
      log(`walkthrough: ${walkthrough.steps.length} steps shown`);
      assert.ok(pageText.includes(walkthrough.title));
      await screenshot('walkthrough');
      // The first step's button opens the sample as an unsaved copy, and Pincite checks it.
      const button = page.locator('.gettingStartedContainer .button-link:visible, .gettingStartedContainer a:visible', { hasText: 'Open the sample memorandum' }).first();
      await button.click();
      const opened = await ui.waitForEditorText("DEFENDANTS' JOINT MEMORANDUM OF LAW", { timeout: 15_000 }).catch(() => undefined);
      if (!opened) {
        // The button's command, the way the command palette runs it.
        log('the button did not open the sample within 15 s; running Pincite: Open the Sample Memorandum');
        await ui.runCommand('Pincite: Open the Sample Memorandum');
        await ui.waitForEditorText("DEFENDANTS' JOINT MEMORANDUM OF LAW");
      }
      // An unsaved copy: the window title names it Untitled-n.
      assert.match(await page.title(), /Untitled-\d/);
      await ui.waitForSquiggles({ min: 1 });
      await screenshot('sample-opened');
      await ui.closeAllEditors().catch(() => undefined);
      // An unsaved copy asks whether to save it: do not.
      const dontSave = page.locator('.dialog-buttons a, .dialog-buttons button', { hasText: /Don.t Save/ }).first();
      if (await dontSave.isVisible().catch(() => false)) await dontSave.click();
    },
  },
  {
    name: "the Outline lists the memorandum's headings first, then its authorities; the caption docket is not a case",
    async run({ page, ui, screenshot, log }) {
      await ui.openFile('memorandum.md');
      await ui.waitForSquiggles({ min: 1 });
      await ui.runCommand('Explorer: Focus on Outline View');
      // Give the Outline the side bar: fold the explorer's file list above it.
      const filesHeader = page.locator('.part.sidebar .pane-header').first();
      if ((await filesHeader.getAttribute('aria-expanded')) === 'true') await filesHeader.click();
      try {
        const title = "DEFENDANTS' JOINT MEMORANDUM OF LAW IN SUPPORT OF THEIR MOTION TO DISMISS";
        const row = (name) => page.locator('.outline-pane .monaco-list-row', { hasText: name }).first();
        /** Opens (or closes) a row of the outline tree with the keyboard, as a reader would. */
        const toggle = async (name, open) => {
          const r = row(name);
          await r.waitFor({ state: 'visible' });
          if (((await r.getAttribute('aria-expanded')) === 'true') === open) return;
          await r.click();
          await page.keyboard.press(open ? 'ArrowRight' : 'ArrowLeft');
          await ui.waitUntil(async () => ((await r.getAttribute('aria-expanded')) === String(open) ? true : undefined), {
            message: `${name} ${open ? 'open' : 'closed'}`,
          });
        };
        let labels = await ui.waitUntil(
          async () => {
            const l = await outlineLabels(page);
            return l.some((x) => x.startsWith("DEFENDANTS' JOINT")) ? l : undefined;
          },
          { message: 'the outline with the headings' },
        );
        log(`outline at first: ${labels.slice(0, 6).join(' | ')}`);
        // VS Code shows each outline provider's symbols under its name (Markdown's own
        // headings too): fold the Markdown group and the title, to see Pincite's top level.
        if (labels.includes('Markdown Language Features')) await toggle('Markdown Language Features', false);
        await toggle(title, false);
        labels = await ui.waitUntil(
          async () => {
            const l = await outlineLabels(page);
            return l.includes('Authorities') ? l : undefined;
          },
          { message: 'the Authorities node' },
        );
        log(`outline folded: ${labels.join(' | ')}`);
        assert.ok(labels.indexOf(title) >= 0 && labels.indexOf(title) < labels.indexOf('Authorities'), 'the headings come before the authorities');
        await toggle('Authorities', true);
        // The kinds sort by position too (the record's Doc. #1 comes first): fold the others to bring Cases into view.
        for (const kind of ['Record', 'Statutes', 'Rules', 'Constitutional Provisions', 'Regulations', 'Other Authorities']) {
          if ((await outlineLabels(page)).includes(kind)) await toggle(kind, false);
        }
        await toggle('Cases', true);
        labels = await ui.waitUntil(
          async () => {
            const l = await outlineLabels(page);
            return l.some((x) => x.startsWith('Russo v. City of Hartford')) ? l : undefined;
          },
          { message: 'the cases under Authorities' },
        );
        const cases = labels.slice(labels.indexOf('Cases') + 1);
        log(`cases: ${cases.slice(0, 4).join(' | ')}`);
        assert.match(cases[0], /^Russo v\. City of Hartford/);
        assert.ok(!labels.some((l) => /3:24-cv-1187/.test(l)), 'the caption docket is not listed');
        await screenshot('outline');
      } finally {
        // The workbench keeps the fold across reloads, and later scenarios click files in that list.
        if ((await filesHeader.getAttribute('aria-expanded')) === 'false') await filesHeader.click();
      }
    },
  },
  {
    name: 'the settings editor shows no null and offers the rule codes',
    async run({ page, ui, screenshot, log }) {
      await ui.closeAllEditors();
      await ui.runCommand('Preferences: Open Settings (UI)');
      const search = page.locator('.settings-editor .settings-header .suggest-input-container').first();
      await search.waitFor({ state: 'visible' });
      const settingCount = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).contributes.configuration.properties).length;
      /** Searches the settings editor; once it counts `found` settings and lists `ready`, returns the text it lists. */
      const find = async (query, ready, found = 1) => {
        await search.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type(query);
        return ui.waitUntil(
          async () => {
            const count = await page
              .locator('.settings-editor .settings-count-widget')
              .first()
              .innerText()
              .catch(() => '');
            if (count.trim() !== `${found} Setting${found === 1 ? '' : 's'} Found`) return undefined;
            const t = await page
              .locator('.settings-editor .settings-tree-container')
              .first()
              .innerText()
              .catch(() => '');
            return ready.test(t) ? t : undefined;
          },
          { message: `settings for ${query}` },
        );
      };
      const all = await find('@ext:pincite.pincite', /Pincite: Enable/, settingCount);
      assert.doesNotMatch(all, /\bnull\b/, 'no setting in view reads null');
      // Each drop-down, one at a time (the editor draws only the settings in view).
      const shown = {};
      for (const [key, label] of [
        ['pincite.citationSpacing', 'Citation Spacing'],
        ['pincite.parallelSupremeCourt', 'Parallel Supreme Court'],
        ['pincite.run', 'Run'],
        ['pincite.style', 'Style'],
        ['pincite.trace.server', 'Server'],
      ]) {
        const text = await find(`@ext:pincite.pincite ${key}`, new RegExp(`Pincite.*${label}`));
        assert.doesNotMatch(text, /\bnull\b/, `${key} does not read null`);
        const value = await page
          .locator('.settings-editor .setting-item-enum select')
          .first()
          .evaluate((e) => e.options[e.selectedIndex]?.text ?? '')
          .catch(() => '');
        shown[key] = value;
        if (key === 'pincite.citationSpacing') await screenshot('settings-spacing');
      }
      log(`drop-downs: ${JSON.stringify(shown)}`);
      assert.deepEqual(shown, {
        'pincite.citationSpacing': 'auto',
        'pincite.parallelSupremeCourt': 'auto',
        'pincite.run': 'onType',
        'pincite.style': 'auto',
        'pincite.trace.server': 'off',
      });
      const rules = await find('@ext:pincite.pincite pincite.rules', /Pincite.*Rules/);
      assert.doesNotMatch(rules, /\bnull\b/);
      await screenshot('settings-rules');
      await ui.closeAllEditors();
    },
  },
  {
    name: 'an opinion opens without highlighted characters, and the cited paragraph is tinted, then not',
    async run({ page, ui, screenshot, log }) {
      // The Russo text has no-break spaces, which VS Code would box as invisible characters.
      assert.ok(RUSSO_TEXT.includes('\u00a0'), `${RUSSO_FILE} holds no-break spaces`);
      await ui.closeAllEditors();
      await ui.openFile('library.md');
      await ui.waitForEditorText('158 F. Supp. 2d 214, 229');
      await ui.waitForLink('158 F. Supp. 2d 214, 229', { at: 4 });
      // The code lens above the line arrives late and moves the text down: let it land before clicking.
      await page.waitForTimeout(1_000);
      await ui.ctrlClickLink('158 F. Supp. 2d 214, 229', { at: 4 });
      await ui.waitForActiveTab(RUSSO_FILE);
      await ui.waitForEditorText('[*229]');
      const tinted = () =>
        ui
          .activeEditor()
          .locator('.view-overlays div')
          .evaluateAll((els) => els.filter((e) => /255, 200, 60/.test(e.ownerDocument.defaultView.getComputedStyle(e).backgroundColor)).length);
      const seen = await ui
        .waitUntil(async () => ((await tinted()) > 0 ? true : undefined), { timeout: 5_000, message: 'the cited paragraph tinted' })
        .catch(() => false);
      log(`paragraph tint seen: ${seen}`);
      await screenshot('opinion-tinted');
      assert.ok(seen, 'the cited paragraph is tinted when the link opens the opinion');
      await ui.waitUntil(async () => ((await tinted()) === 0 ? true : undefined), { timeout: 6_000, message: 'the tint to fade' });
      const boxed = await ui.activeEditor().locator('.unicode-highlight').count();
      assert.equal(boxed, 0, 'no character is boxed in the opinion');
      await screenshot('opinion-plain');
      await ui.closeAllEditors();
    },
  },
  {
    name: 'Pincite: Show Output opens the output channel with the start, the settings and the library load',
    async run({ page, ui, screenshot, log }) {
      const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      await ui.runCommand('Pincite: Show Output');
      const text = await ui.waitUntil(
        async () => {
          const t = await page
            .locator('.part.panel .monaco-editor .view-lines')
            .first()
            .innerText()
            .catch(() => '');
          // The editor draws spaces as no-break spaces.
          const plain = t.replace(/\u00a0/g, ' ');
          return /opinions library: \d+ opinions/.test(plain) ? plain : undefined;
        },
        { message: 'the Pincite output with the library load' },
      );
      log(text.split('\n').slice(0, 4).join(' / '));
      assert.ok(text.includes(`server ${version} started`), 'the start line names the version');
      assert.match(text, /pincite: settings: \{/);
      await screenshot('output');
    },
  },
  {
    name: "README images: the memorandum's problems, and a hover card at rest",
    async run({ page, ui, screenshot }) {
      await ui.closeAllEditors();
      await ui.openFile('memorandum.md');
      await ui.openProblems();
      await ui.readProblems({ min: 8, contains: 'CITE' });
      // The Argument opens with Younger, on line 41.
      await ui.runCommand('Go to Line/Column...', { opensQuickInput: true });
      await page.keyboard.type('41');
      await page.keyboard.press('Enter');
      await ui.hoverText('401 U.S. 37, 43–44', { contains: 'not a citator' });
      // The hover fades in after its text arrives: let it settle.
      await page.waitForTimeout(1_000);
      await readmeShot(page, screenshot, 'memorandum-in-vscode');
      await ui.closeHover();
      await ui.openFile('holdings.md');
      await ui.hoverText('401 U.S. 37', { contains: 'not a citator' });
      await page.waitForTimeout(1_000);
      await readmeShot(page, screenshot, 'hover-card');
      await ui.closeHover();
    },
  },
);

export default scenarios;
