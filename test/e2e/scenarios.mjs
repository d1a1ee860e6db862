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
      // The fifteen planted mistakes of samples/memorandum.mistakes.md that carry a rule code.
      const planted = [
        'CITE001', 'CITE002', 'CITE007', 'CITE008', 'CITE030', 'CITE031', 'CITE041', 'CITE050',
        'CITE051', 'CITE053', 'CITE060', 'CITE061', 'CITE080', 'CITE084', 'CITE085',
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
];

export default scenarios;
