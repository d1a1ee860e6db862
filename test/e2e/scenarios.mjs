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
          const label = await page.locator('.part.statusbar [id="status.languageStatus"]').first().getAttribute('aria-label').catch(() => null);
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
    name: 'hovering a citation shows its parts',
    async run({ ui, screenshot }) {
      await ui.openFile('brief.md');
      const hover = await ui.hoverText('401 U.S. 37', { contains: 'Volume' });
      assert.match(hover, /Case citation/);
      assert.match(hover, /Younger v\. Harris/);
      assert.match(hover, /Volume: 401/);
      assert.match(hover, /First page: 37/);
      assert.match(hover, /Pin cite: 43-44/);
      await screenshot('hover');
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
        'CITE001', 'CITE002', 'CITE007', 'CITE008', 'CITE030', 'CITE031', 'CITE041', 'CITE050',
        'CITE051', 'CITE053', 'CITE060', 'CITE061', 'CITE080', 'CITE084', 'CITE085', 'CITE101', 'CITE110',
      ];
      // The panel draws only the rows in view; its badge counts them all.
      const problems = await ui.readProblems({ min: 8, contains: 'CITE' });
      for (const p of problems) assert.ok(planted.includes(/CITE\d{3}/.exec(p.code || p.text)?.[0]), p.text);
      await ui.waitUntil(
        async () => (await page.locator('.part.panel .badge-content').first().innerText().catch(() => '')).trim() === String(planted.length),
        { message: `the Problems badge to count ${planted.length}` },
      );
      // Jump to the Fed. App'x problem from the Problems panel, as a writer would.
      await page.locator('.markers-panel .monaco-list-row', { hasText: "Fed. App'x" }).first().dblclick();
      await ui.waitForSquiggles({ kind: 'error', min: 1 });
      await ui.hoverText("Fed. App'x", { contains: 'Reporter' });
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
      const markerInView = (opts) => ui.waitUntil(() => ui.isTextInView('[*229]', { ...opts, from: 0, to: 1 }), {
        message: `[*229] to be in view${opts?.horizontally ? ' (both ways)' : ''}`,
      });
      // Every way in must open a new tab on the opinion: start each from library.md alone.
      const freshLibrary = async () => {
        await ui.closeAllEditors();
        await ui.waitUntil(async () => (await ui.tabLabels()).length === 0, { message: 'no editor open' });
        await ui.openFile('library.md');
        await ui.waitForEditorText(russoCite);
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
      const shown = await ui.readEditorText();
      const typed = await ui.tryTyping('zzz');
      assert.ok(typed.refused, 'VS Code says the opinion cannot be edited');
      log(`typing: ${typed.message}`);
      assert.equal(await ui.readEditorText(), shown, 'typing left the opinion unchanged');
      assert.equal(await page.locator('.part.editor .tabs-container .tab.dirty').count(), 0, 'no tab is dirty');
      await screenshot('read-only');

      // 2. The link alone (Open Link from the palette, no Go to Definition): the `#L` line, column 1.
      await freshLibrary();
      await ui.clickText(russoCite, { at: 4 });
      await ui.waitForLink(russoCite, { at: 4 });
      await ui.runCommand('Open Link');
      await ui.waitForActiveTab(RUSSO_FILE);
      at = await ui.waitForCursor((p) => p.line === marker.line, { message: `the caret on line ${marker.line}` });
      assert.deepEqual([at.line, at.column, at.selected], [marker.line, 1, 0], `the link opens at the start of line ${marker.line}`);
      await markerInView();
      await screenshot('open-link');

      // 3. Go to Definition (F12): VS Code puts the caret at the start of the
      // definition's range (it collapses the range and only flashes it), so
      // the caret is on the marker, which is scrolled into view both ways.
      await freshLibrary();
      await ui.goToDefinition(russoCite, { at: 4 });
      await ui.waitForActiveTab(RUSSO_FILE);
      at = await ui.waitForCursor((p) => p.line === marker.line && p.column > 1, { message: `the caret inside line ${marker.line}` });
      assert.deepEqual(
        [at.line, at.column, at.selected],
        [marker.line, marker.column, 0],
        `F12 puts the caret on [*229] (line ${marker.line}, column ${marker.column})`,
      );
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
];

export default scenarios;
