// Helpers that drive the VS Code workbench (served by code-server) through
// playwright-core. Every wait is "until a condition holds or a deadline
// passes"; nothing sleeps for a fixed time.
//
// Each helper takes the Playwright `page` first. The runner also hands every
// scenario `ui`, the same helpers with `page` already bound (see bindUi), so a
// scenario reads: `await ui.openFile('brief.md')`.

// A wait costs its full length only when it fails. On two shared cores with
// code-server, Chromium and the language server all busy, 30 s was sometimes
// too short for the Problems panel or a hover to appear (a re-run passed).
const DEFAULT_TIMEOUT = 60_000;
const SQUIGGLE_CLASSES = {
  error: '.squiggly-error',
  warning: '.squiggly-warning',
  info: '.squiggly-info',
  hint: '.squiggly-hint',
};

// ---------------------------------------------------------------------------
// Polling

/**
 * Calls `probe` until it returns something other than undefined/false/null,
 * and returns that value. Throws `message` (plus the last probe error, if
 * any) once `timeout` ms have passed. A probe error with `fatal: true` ends
 * the wait at once.
 */
export async function waitUntil(probe, { timeout = DEFAULT_TIMEOUT, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false && value !== null) return value;
      lastError = undefined;
    } catch (err) {
      if (err?.fatal) throw err;
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const detail = lastError ? ` (last error: ${lastError.message ?? lastError})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${message}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(interval, Math.max(1, deadline - Date.now()))));
  }
}

// ---------------------------------------------------------------------------
// Workbench

/** Waits until the workbench has rendered and the explorer shows the folder. */
export async function waitForWorkbench(page, { timeout = 60_000 } = {}) {
  await page.locator('.monaco-workbench').first().waitFor({ state: 'visible', timeout });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout });
}

/** Presses Escape a few times so no menu, widget or quick input stays open. */
export async function dismiss(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
}

/** The editor in the active editor group. */
export function activeEditor(page) {
  return page.locator('.part.editor .editor-group-container.active .editor-container .monaco-editor').first();
}

/**
 * Opens a file. A bare name is clicked in the explorer; a path with folders
 * goes through Quick Open (Ctrl+P). Resolves when its tab is active and the
 * editor shows text.
 */
export async function openFile(page, relPath, { timeout = DEFAULT_TIMEOUT } = {}) {
  const name = relPath.split('/').pop();
  if (relPath.includes('/')) {
    await focusWorkbench(page);
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(relPath);
    await waitUntil(async () => (await page.locator('.quick-input-list .monaco-list-row').first().getAttribute('aria-label'))?.includes(name), {
      timeout,
      message: `Quick Open to list ${relPath}`,
    });
    await page.keyboard.press('Enter');
  } else {
    const row = page.locator('.explorer-folders-view .monaco-list-row').filter({
      has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }),
    });
    // A file created after the workbench loaded shows up once the file
    // watcher reports it (a few seconds here); if it has not, refresh.
    const quick = Math.min(timeout, 8_000);
    try {
      await row.first().waitFor({ state: 'visible', timeout: quick });
    } catch {
      await runCommand(page, 'File: Refresh Explorer', { timeout });
      await row.first().waitFor({ state: 'visible', timeout: Math.max(1_000, timeout - quick) });
    }
    await row.first().click();
  }
  await page
    .locator(`.part.editor .tabs-container .tab.active[aria-label^="${cssString(name)}"]`)
    .first()
    .waitFor({ state: 'visible', timeout });
  await activeEditor(page).locator('.view-lines .view-line').first().waitFor({ state: 'visible', timeout });
}

/** Closes every editor (Ctrl+K Ctrl+W would need a chord; the palette is clearer). */
export async function closeAllEditors(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  await runCommand(page, 'View: Close All Editors', { timeout });
}

// ---------------------------------------------------------------------------
// Editor text

/**
 * Text of the lines the active editor renders, in line order, with no-break
 * spaces turned back into spaces. Only visible lines are rendered; use
 * copyEditorText for the whole document.
 */
export async function readEditorText(page) {
  const editor = activeEditor(page);
  await editor.locator('.view-lines').waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
  return editor.locator('.view-lines').evaluate((root) => {
    const lines = [...root.querySelectorAll('.view-line')].map((el) => ({
      top: parseFloat(el.style.top) || 0,
      text: el.textContent ?? '',
    }));
    lines.sort((a, b) => a.top - b.top);
    return lines.map((l) => l.text.replace(/\u00a0/g, ' ')).join('\n');
  });
}

/** Waits until the rendered text of the active editor contains `text`. */
export async function waitForEditorText(page, text, { timeout = DEFAULT_TIMEOUT } = {}) {
  return waitUntil(
    async () => {
      const content = await readEditorText(page);
      return content.includes(text) ? content : undefined;
    },
    { timeout, message: `editor text to contain ${JSON.stringify(text)}` },
  );
}

/**
 * The whole document, via select-all + copy + the page's clipboard. Leaves
 * the caret at the start of the document. Focuses the editor without
 * clicking (a code lens or widget may lie over its first line).
 */
export async function copyEditorText(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await focusWorkbench(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  const text = await waitUntil(async () => (await page.evaluate(() => navigator.clipboard.readText())) || undefined, {
    timeout,
    message: 'the document on the clipboard',
  });
  await page.keyboard.press('Control+Home');
  return text.replace(/\r\n/g, '\n');
}

/**
 * Screen rectangle of the first occurrence of `text` in the active editor's
 * rendered lines (after `occurrence` earlier ones are skipped), or undefined.
 * `from`/`to` select a part of the match by character offsets.
 */
export async function textRect(page, text, { occurrence = 0, from = 0, to = text.length } = {}) {
  const viewLines = activeEditor(page).locator('.view-lines');
  if (!(await viewLines.count())) throw new Error('no editor is open');
  return viewLines.evaluate(
    (root, args) => {
      const lines = [...root.querySelectorAll('.view-line')].sort((a, b) => (parseFloat(a.style.top) || 0) - (parseFloat(b.style.top) || 0));
      let skip = args.occurrence;
      for (const line of lines) {
        const full = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        let at = full.indexOf(args.text);
        while (at >= 0 && skip > 0) {
          skip--;
          at = full.indexOf(args.text, at + 1);
        }
        if (at < 0) continue;
        const start = at + args.from;
        const end = at + args.to;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let offset = 0;
        let startSet = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = node.textContent.length;
          if (!startSet && start < offset + len) {
            range.setStart(node, start - offset);
            startSet = true;
          }
          if (startSet && end <= offset + len) {
            range.setEnd(node, end - offset);
            const r = range.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }
          offset += len;
        }
      }
      return undefined;
    },
    { text, occurrence, from, to },
  );
}

async function requireTextRect(page, text, options = {}) {
  return waitUntil(() => textRect(page, text, options), {
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    message: `${JSON.stringify(text)} to be rendered in the active editor`,
  });
}

/**
 * Puts the caret in the active editor before character `at` of `text`
 * (0..text.length; default 1, i.e. inside the text).
 */
export async function clickText(page, text, { at = 1, occurrence = 0, timeout = DEFAULT_TIMEOUT } = {}) {
  if (at < 0 || at > text.length) throw new Error(`clickText: at=${at} is outside ${JSON.stringify(text)}`);
  if (at < text.length) {
    const rect = await requireTextRect(page, text, { occurrence, from: at, to: at + 1, timeout });
    await page.mouse.click(rect.x + 1, rect.y + rect.height / 2);
  } else {
    const rect = await requireTextRect(page, text, { occurrence, from: at - 1, to: at, timeout });
    await page.mouse.click(rect.x + rect.width - 1, rect.y + rect.height / 2);
  }
}

/**
 * The rendered token at the start of `text`: its classes (mtkN = theme color
 * slot) and computed color. Two pieces of text with the same color were
 * highlighted alike; use it to check that a grammar took effect.
 */
export async function tokenAt(page, text, { occurrence = 0, timeout = DEFAULT_TIMEOUT } = {}) {
  const rect = await requireTextRect(page, text, { occurrence, from: 0, to: 1, timeout });
  return page.evaluate(
    ({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      const span = el?.closest('.view-line span span') ?? el;
      return span ? { className: span.className, color: getComputedStyle(span).color, text: span.textContent } : undefined;
    },
    { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 },
  );
}

/** Types `text` at the caret of the active editor (after clicking it if needed). */
export async function typeText(page, text) {
  await focusWorkbench(page);
  await page.keyboard.type(text);
}

const SUGGEST_ROWS = '.editor-widget.suggest-widget .monaco-list-row';

/**
 * The rows the suggestion list shows: { label, detail, focused, aria } each,
 * where label is the entry's own label (not the snippet description or the
 * docs VS Code adds to the focused row's aria label) and detail the text
 * drawn at its right.
 */
export async function suggestions(page) {
  return page.locator(SUGGEST_ROWS).evaluateAll((els) =>
    els.map((el) => {
      const pick = (sel) => (el.querySelector(sel)?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
      return {
        label: pick('.left .monaco-icon-name-container') || pick('.left .label-name') || pick('.monaco-icon-label'),
        detail: pick('.details-label'),
        focused: el.classList.contains('focused'),
        aria: (el.getAttribute('aria-label') || '').trim(),
      };
    }),
  );
}

/** Whether a suggestion row's label is `want`: the same text (exact) or containing it. */
function suggestionMatches(row, want, exact) {
  return exact ? row.label === want : row.label.includes(want);
}

/**
 * Opens the suggestion list (Ctrl+Space) and returns its labels (aria
 * labels). With `contains`, waits until one entry's label includes it (or,
 * with `exact`, is it).
 */
export async function openSuggestions(page, { contains, exact = false, timeout = DEFAULT_TIMEOUT } = {}) {
  const rows = page.locator(SUGGEST_ROWS);
  return waitUntil(
    async () => {
      if (!(await rows.first().isVisible())) {
        await page.keyboard.press('Control+Space');
        await rows
          .first()
          .waitFor({ state: 'visible', timeout: 3_000 })
          .catch(() => {});
        return undefined;
      }
      const shown = await suggestions(page);
      if (contains && !shown.some((r) => suggestionMatches(r, contains, exact))) return undefined;
      return shown.map((r) => r.aria || r.label);
    },
    { timeout, interval: 200, message: `suggestions${contains ? ` including ${JSON.stringify(contains)}` : ''}` },
  );
}

/**
 * Opens the suggestion list and accepts, with the keyboard, the entry whose
 * label includes `label` (with `exact`, equals it). Resolves when the list
 * has closed, with the accepted row ({ label, detail, ... }) and `all`, the
 * rows the list showed.
 */
export async function acceptSuggestion(page, label, { exact = false, timeout = DEFAULT_TIMEOUT } = {}) {
  await openSuggestions(page, { contains: label, exact, timeout });
  const all = await suggestions(page);
  const chosen = await waitUntil(
    async () => {
      const focused = (await suggestions(page)).find((r) => r.focused);
      if (focused && suggestionMatches(focused, label, exact)) return focused;
      await page.keyboard.press('ArrowDown');
      return undefined;
    },
    { timeout, interval: 50, message: `suggestion ${JSON.stringify(label)} to be focused` },
  );
  await page.keyboard.press('Enter');
  await page.locator(SUGGEST_ROWS).first().waitFor({ state: 'hidden', timeout });
  return { ...chosen, all };
}

// ---------------------------------------------------------------------------
// Diagnostics in the editor

function squiggleSelector(kind) {
  const kinds = kind ? [].concat(kind) : ['error', 'warning', 'info'];
  return kinds.map((k) => `.monaco-editor .view-overlays ${SQUIGGLE_CLASSES[k]}`).join(', ');
}

/**
 * Waits until the editor shows at least `min` squiggles of `kind` ('error',
 * 'warning', 'info', 'hint' or an array; default error+warning+info) and
 * returns how many there are.
 */
export async function waitForSquiggles(page, { kind, min = 1, timeout = DEFAULT_TIMEOUT } = {}) {
  const locator = page.locator(squiggleSelector(kind));
  return waitUntil(
    async () => {
      const n = await locator.count();
      return n >= min ? n : undefined;
    },
    { timeout, message: `${min} ${kind ?? 'any'} squiggle(s)` },
  );
}

/**
 * Whether a squiggle of `kind` is drawn under `text` (its occurrence-th
 * rendering in the active editor): the squiggle and the text share a line
 * and overlap horizontally.
 */
export async function squiggleOn(page, text, { kind, occurrence = 0 } = {}) {
  const rect = await textRect(page, text, { occurrence });
  if (!rect) return false;
  const boxes = await activeEditor(page)
    .locator(
      squiggleSelector(kind)
        .split(', ')
        .map((s) => s.replace('.monaco-editor ', ''))
        .join(', '),
    )
    .evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  return boxes.some((b) => b.y < rect.y + rect.height && b.y + b.height > rect.y && b.x < rect.x + rect.width && b.x + b.width > rect.x);
}

/** Waits until the editor shows no squiggles of `kind`. */
export async function waitForNoSquiggles(page, { kind, timeout = DEFAULT_TIMEOUT } = {}) {
  const locator = page.locator(squiggleSelector(kind));
  await waitUntil(async () => (await locator.count()) === 0, { timeout, message: `no ${kind ?? ''} squiggles` });
}

// ---------------------------------------------------------------------------
// Hover

/**
 * Moves the mouse onto `text` in the active editor and returns the text of
 * the hover that appears. With `contains`, waits until the hover includes it
 * (hovers fill in asynchronously).
 */
export async function hoverText(page, text, { contains, occurrence = 0, timeout = DEFAULT_TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  let movedAt = 0;
  const hoverOnText = async () => {
    // Measured each time: a code lens arriving above the line moves it down.
    const rect = await requireTextRect(page, text, { occurrence, timeout: Math.max(1, deadline - Date.now()) });
    // Leave the text first so a hover that is already open does not linger.
    await page.mouse.move(rect.x + rect.width / 2, Math.max(0, rect.y - 200));
    await page.mouse.move(rect.x + Math.min(rect.width / 2, 6), rect.y + rect.height / 2, { steps: 3 });
    movedAt = Date.now();
  };
  await hoverOnText();
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  return waitUntil(
    async () => {
      const content = (await hover.isVisible()) ? (await hover.innerText()).trim() : '';
      const loading = /^Loading\.\.\.$/m.test(content);
      if (content && !loading && (!contains || content.includes(contains))) return content;
      // VS Code asks the providers once per mouse rest; if that answer was
      // empty (the server still starting) or is not the one awaited, nothing
      // asks again until the mouse moves: hover anew every few seconds.
      if (!loading && Date.now() - movedAt > 3_000) await hoverOnText();
      return undefined;
    },
    { timeout: Math.max(1, deadline - Date.now()), message: `hover on ${JSON.stringify(text)}${contains ? ` containing ${JSON.stringify(contains)}` : ''}` },
  );
}

/**
 * Hovers `text` as hoverText does (same options) and returns the hover's
 * rendered content: { text, blocks, sections, links }. `blocks` are the
 * top-level paragraphs, lists and headings of the rendered Markdown, each
 * { tag, text, strong } (strong: the bold runs in it); `sections` the text
 * between horizontal rules (and between hover parts); `links` each
 * { text, href }.
 */
export async function readHover(page, text, options = {}) {
  const shown = await hoverText(page, text, options);
  const content = await page
    .locator('.monaco-hover:not(.hidden) .monaco-hover-content')
    .first()
    .evaluate((root) => {
      const norm = (s) =>
        (s ?? '')
          .replace(/\u00a0/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
      const blocks = [];
      const sections = [];
      for (const part of root.querySelectorAll('.rendered-markdown')) {
        let current = [];
        for (const el of part.children) {
          if (el.tagName === 'HR') {
            sections.push(current.join('\n'));
            current = [];
            continue;
          }
          const block = {
            tag: el.tagName.toLowerCase(),
            text: norm(el.innerText),
            strong: [...el.querySelectorAll('strong, b')].map((b) => norm(b.textContent)),
          };
          blocks.push(block);
          current.push(block.text);
        }
        sections.push(current.join('\n'));
      }
      const links = [...root.querySelectorAll('a')].map((a) => ({
        text: norm(a.textContent),
        href: a.getAttribute('data-href') || a.getAttribute('href') || '',
      }));
      return { blocks, sections: sections.filter(Boolean), links };
    });
  return { text: shown, ...content };
}

/** Moves the mouse away and presses Escape until no editor hover is shown. */
export async function closeHover(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  await waitUntil(
    async () => {
      if (!(await hover.isVisible())) return true;
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
      return undefined;
    },
    { timeout, interval: 200, message: 'the hover to close' },
  );
}

// ---------------------------------------------------------------------------
// Problems panel

/** Shows the Problems panel (Ctrl+Shift+M) and waits for it. */
export async function openProblems(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  const panel = page.locator('.markers-panel');
  if (await panel.isVisible()) return;
  await focusWorkbench(page);
  await page.keyboard.press('Control+Shift+M');
  try {
    await panel.waitFor({ state: 'visible', timeout: Math.min(5_000, timeout) });
  } catch {
    await runCommand(page, 'View: Focus Problems', { timeout });
    await panel.waitFor({ state: 'visible', timeout });
  }
}

/**
 * Problems panel entries (marker rows, not the file rows), each as
 * { message, code, source, position, text }. With `min`, waits until there
 * are at least that many; with `contains`, until one entry's text includes it.
 */
export async function readProblems(page, { min = 0, contains, timeout = DEFAULT_TIMEOUT } = {}) {
  await openProblems(page, { timeout });
  return waitUntil(
    async () => {
      const entries = await page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
        rows
          .filter((row) => row.querySelector('.marker-message'))
          .map((row) => {
            const pick = (sel) => (row.querySelector(sel)?.textContent ?? '').trim();
            return {
              message: pick('.marker-message'),
              code: pick('.marker-code'),
              source: pick('.marker-source'),
              position: pick('.marker-line'),
              text: (row.innerText ?? '').replace(/\s+/g, ' ').trim(),
              label: row.getAttribute('aria-label') ?? '',
            };
          }),
      );
      if (entries.length < min) return undefined;
      if (contains && !entries.some((e) => e.text.includes(contains) || e.label.includes(contains))) return undefined;
      return entries;
    },
    { timeout, message: `Problems panel to list ${min} entr${min === 1 ? 'y' : 'ies'}${contains ? ` with ${JSON.stringify(contains)}` : ''}` },
  );
}

// ---------------------------------------------------------------------------
// Status bar

/** Texts (or aria labels when a text is empty) of all status bar items. */
export async function statusBarItems(page) {
  return page.locator('.part.statusbar .statusbar-item').evaluateAll((items) =>
    items
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({
        id: el.id,
        text: (el.innerText ?? '').trim(),
        label: el.getAttribute('aria-label') ?? '',
      })),
  );
}

/** Waits for a status bar item whose text or aria label contains `text`; returns it. */
export async function waitForStatusBarItem(page, text, { timeout = DEFAULT_TIMEOUT } = {}) {
  return waitUntil(async () => (await statusBarItems(page)).find((i) => i.text.includes(text) || i.label.includes(text)), {
    timeout,
    message: `status bar item ${JSON.stringify(text)}`,
  });
}

/** Accessible label of the language status item ("Pincite: 3 citations, 1 authorities · 0 problems · analysed in …"), or undefined. */
export async function languageStatusLabel(page) {
  const label = await page
    .locator('.part.statusbar [id="status.languageStatus"]')
    .first()
    .getAttribute('aria-label', { timeout: 1_000 })
    .catch(() => null);
  return label ?? undefined;
}

/** Waits until the language status item's label matches `pattern` (a RegExp); returns the label. */
export async function waitForLanguageStatus(page, pattern, { timeout = DEFAULT_TIMEOUT } = {}) {
  let last;
  try {
    return await waitUntil(
      async () => {
        last = await languageStatusLabel(page);
        return last && pattern.test(last) ? last : undefined;
      },
      { timeout, message: `the language status to match ${pattern}` },
    );
  } catch (err) {
    err.message += ` (it last read ${JSON.stringify(last)})`;
    throw err;
  }
}

/**
 * Opens the language status hover (the "{}" item beside the language mode)
 * and returns its text: one line per item, all extensions' items together.
 * With `contains`, waits until it includes that.
 */
export async function readLanguageStatus(page, { contains, timeout = DEFAULT_TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  const item = page.locator('.part.statusbar [id="status.languageStatus"]').first();
  await item.waitFor({ state: 'visible', timeout }).catch((err) => {
    throw new Error(`no language status item in the status bar (is an editor open?): ${err.message}`);
  });
  // An editor hover left open would hide the status hover; clear it first.
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  // One hover lists every language status item of the editor's language.
  const hover = page.locator('.workbench-hover:has(.hover-language-status)').first();
  try {
    return await waitUntil(
      async () => {
        if (!(await hover.isVisible())) {
          await item.click();
          await hover.waitFor({ state: 'visible', timeout: 2_000 }).catch(() => {});
          return undefined;
        }
        const content = (await hover.innerText()).trim();
        if (contains && !content.includes(contains)) return undefined;
        return content;
      },
      { timeout: Math.max(1, deadline - Date.now()), interval: 200, message: `language status${contains ? ` with ${JSON.stringify(contains)}` : ''}` },
    );
  } finally {
    await page.keyboard.press('Escape');
  }
}

// ---------------------------------------------------------------------------
// Tabs, caret, links and definitions

/** Label of the active editor tab (its file name), or undefined. */
export async function activeTabLabel(page) {
  const label = page.locator('.part.editor .editor-group-container.active .tabs-container .tab.active .label-name').first();
  if (!(await label.count())) return undefined;
  return ((await label.innerText().catch(() => '')) ?? '').trim() || undefined;
}

/** Labels of every open editor tab, in all groups. */
export async function tabLabels(page) {
  return page.locator('.part.editor .tabs-container .tab .label-name').evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));
}

/** Waits until the active tab is labelled `name`; returns the label. */
export async function waitForActiveTab(page, name, { timeout = DEFAULT_TIMEOUT } = {}) {
  return waitUntil(async () => ((await activeTabLabel(page)) === name ? name : undefined), {
    timeout,
    message: `the active tab to be ${JSON.stringify(name)}`,
  });
}

/**
 * The caret as the status bar shows it ("Ln 293, Col 1 (6 selected)"):
 * { line, column, selected } (1-based; selected = characters, 0 if none),
 * or undefined when no text editor is active.
 */
export async function cursorPosition(page) {
  const item = (await statusBarItems(page)).find((i) => i.id === 'status.editor.selection');
  const m = item && /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(item.text || item.label);
  return m ? { line: Number(m[1]), column: Number(m[2]), selected: Number(m[3] ?? 0), text: item.text } : undefined;
}

/** Waits until `predicate(cursorPosition)` holds; returns the position. */
export async function waitForCursor(page, predicate, { timeout = DEFAULT_TIMEOUT, message = 'the caret' } = {}) {
  let last;
  try {
    return await waitUntil(
      async () => {
        last = await cursorPosition(page);
        return last && predicate(last) ? last : undefined;
      },
      { timeout, message },
    );
  } catch (err) {
    err.message += ` (status bar last showed ${JSON.stringify(last?.text)})`;
    throw err;
  }
}

/** The active editor's selection, copied through the clipboard (Ctrl+C; works in read-only editors). */
export async function copySelection(page) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await focusWorkbench(page);
  await page.keyboard.press('Control+C');
  return waitUntil(async () => (await page.evaluate(() => navigator.clipboard.readText())) || undefined, {
    timeout: 5_000,
    message: 'the selection on the clipboard',
  });
}

/** Screen rectangle of the active editor's text area (where lines are visible). */
export async function editorRect(page) {
  return activeEditor(page).locator('.overflow-guard').first().boundingBox();
}

/**
 * Whether `text` (or its characters from..to) is rendered inside the visible
 * part of the active editor: vertically only, or (with `horizontally`) also
 * within its width.
 */
export async function isTextInView(page, text, { horizontally = false, from = 0, to = text.length } = {}) {
  const [rect, box] = [await textRect(page, text, { from, to }), await editorRect(page)];
  if (!rect || !box) return false;
  const vertical = rect.y >= box.y && rect.y + rect.height <= box.y + box.height;
  const horizontal = rect.x >= box.x && rect.x + rect.width <= box.x + box.width;
  return vertical && (!horizontally || horizontal);
}

/**
 * Waits until the text at character `at` of `text` lies inside a document
 * link that the editor has drawn (VS Code underlines links only while Ctrl is
 * held, but marks them with the class detected-link as soon as it has them).
 */
export async function waitForLink(page, text, { at = 1, occurrence = 0, timeout = DEFAULT_TIMEOUT } = {}) {
  return waitUntil(
    async () => {
      const rect = await textRect(page, text, { occurrence, from: at, to: at + 1 });
      if (!rect) return undefined;
      const hit = await page.evaluate(
        ({ x, y }) => {
          const el = document.elementFromPoint(x, y);
          return Boolean(el?.closest('.view-line') && el.closest('.detected-link, .detected-link-active'));
        },
        { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 },
      );
      return hit ? rect : undefined;
    },
    { timeout, message: `a document link on ${JSON.stringify(text)}` },
  );
}

/** Follows the document link on `text` with Ctrl+click, as a writer would. */
export async function ctrlClickLink(page, text, { at = 1, occurrence = 0, timeout = DEFAULT_TIMEOUT } = {}) {
  // The link is measured until two readings agree: a code lens arriving above the
  // line moves it down after a first reading, and a click there lands on the line above.
  const deadline = Date.now() + timeout;
  let rect = await waitForLink(page, text, { at, occurrence, timeout });
  for (;;) {
    const again = await waitForLink(page, text, { at, occurrence, timeout: Math.max(1, deadline - Date.now()) });
    if (again.x === rect.x && again.y === rect.y) break;
    rect = again;
  }
  const x = rect.x + rect.width / 2;
  const y = rect.y + rect.height / 2;
  await page.mouse.move(x, Math.max(0, y - 40));
  await page.keyboard.down('Control');
  try {
    await page.mouse.move(x, y, { steps: 3 });
    await page.mouse.down();
    await page.mouse.up();
  } finally {
    await page.keyboard.up('Control');
  }
}

/** Puts the caret inside `text` and presses F12 (Go to Definition). */
export async function goToDefinition(page, text, { at = 1, occurrence = 0, timeout = DEFAULT_TIMEOUT } = {}) {
  await clickText(page, text, { at, occurrence, timeout });
  await page.keyboard.press('F12');
}

/**
 * Types `text` into the active editor and reports whether the editor refused
 * it as read-only: { refused: VS Code showed "Cannot edit in read-only
 * editor", message }. The caller checks the text itself did not change.
 */
export async function tryTyping(page, text, { timeout = 5_000 } = {}) {
  await focusWorkbench(page);
  await page.keyboard.type(text);
  const note = page.locator('.monaco-editor-overlaymessage', { hasText: /read-only/i }).first();
  const message = await note
    .waitFor({ state: 'visible', timeout })
    .then(() => note.innerText())
    .catch(() => undefined);
  return { refused: Boolean(message), message: message?.trim() };
}

// ---------------------------------------------------------------------------
// Commands and quick fixes

/**
 * Runs a command by its palette label: F1, type, wait for the match, Enter.
 * Waits for the palette to close, unless `opensQuickInput` says the command
 * shows a quick pick of its own (the same widget), which pickQuickInput reads.
 */
export async function runCommand(page, label, { timeout = DEFAULT_TIMEOUT, opensQuickInput = false } = {}) {
  await focusWorkbench(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${label}`);
  const want = label.toLowerCase();
  await waitUntil(
    async () => {
      const first = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
      if (!(await first.isVisible())) return undefined;
      const text = ((await first.getAttribute('aria-label')) ?? (await first.innerText())).toLowerCase();
      return text.includes(want);
    },
    { timeout, message: `command palette to offer ${JSON.stringify(label)}` },
  );
  await page.keyboard.press('Enter');
  if (opensQuickInput) return;
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
}

/**
 * Waits for a quick pick (not the command palette) whose title contains
 * `title` (if given) and which lists an item whose label contains `label`;
 * returns { title, labels } without choosing anything.
 */
export async function readQuickInput(page, { title, label, timeout = DEFAULT_TIMEOUT } = {}) {
  const widget = page.locator('.quick-input-widget');
  return waitUntil(
    async () => {
      if (!(await widget.isVisible())) return undefined;
      const value = await widget
        .locator('.quick-input-box input')
        .inputValue()
        .catch(() => '');
      if (value.startsWith('>')) return undefined; // still the command palette
      const shownTitle = (
        (await widget
          .locator('.quick-input-title')
          .innerText()
          .catch(() => '')) ?? ''
      ).trim();
      if (title && !shownTitle.includes(title)) return undefined;
      const labels = await widget
        .locator('.quick-input-list .monaco-list-row')
        .evaluateAll((els) => els.map((el) => (el.getAttribute('aria-label') || el.innerText || '').replace(/\s+/g, ' ').trim()));
      if (!labels.length || (label && !labels.some((l) => l.includes(label)))) return undefined;
      return { title: shownTitle, labels };
    },
    { timeout, interval: 100, message: `a quick pick${title ? ` titled ${JSON.stringify(title)}` : ''}${label ? ` offering ${JSON.stringify(label)}` : ''}` },
  );
}

/**
 * Chooses, with the keyboard, the first entry of the open quick pick whose
 * label contains `label`, and waits for the quick pick to close. Returns what
 * readQuickInput saw plus the label of the entry chosen.
 */
export async function pickQuickInput(page, label, { title, timeout = DEFAULT_TIMEOUT } = {}) {
  const seen = await readQuickInput(page, { title, label, timeout });
  const focused = page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused').first();
  const chosen = await waitUntil(
    async () => {
      const text = ((await focused.getAttribute('aria-label', { timeout: 1_000 }).catch(() => null)) ?? '').replace(/\s+/g, ' ').trim();
      if (text.includes(label)) return text;
      await page.keyboard.press('ArrowDown');
      return undefined;
    },
    { timeout, interval: 50, message: `quick pick entry ${JSON.stringify(label)} to be focused` },
  );
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
  return { ...seen, chosen };
}

/**
 * Opens the quick-fix menu (Ctrl+.) at the caret, or inside `at` (a piece of
 * text to click first), and returns the labels it offers.
 */
export async function openQuickFixes(page, { at, timeout = DEFAULT_TIMEOUT } = {}) {
  if (at) await clickText(page, at, { timeout });
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const none = page.locator('.monaco-editor-overlaymessage', { hasText: 'No code actions available' });
  let noneSince;
  return waitUntil(
    async () => {
      if (!(await rows.first().isVisible())) {
        // VS Code answers "No code actions available" when the request came back
        // empty; allow a few seconds for late diagnostics, then give up.
        if (await none.first().isVisible()) {
          noneSince ??= Date.now();
          if (Date.now() - noneSince > 5_000) {
            throw Object.assign(new Error('VS Code reports "No code actions available" at the caret'), { fatal: true });
          }
        }
        await page.keyboard.press('Control+.');
        await page
          .locator('.action-widget')
          .first()
          .waitFor({ state: 'visible', timeout: 2_000 })
          .catch(() => {});
        return undefined;
      }
      const labels = await rows.evaluateAll((els) => els.map((el) => (el.getAttribute('aria-label') || el.innerText || '').trim()));
      return labels.some((l) => !/^(loading|no code actions)/i.test(l)) ? labels : undefined;
    },
    { timeout, interval: 200, message: 'the quick-fix menu' },
  );
}

/**
 * Opens the quick-fix menu (optionally inside text `at`) and chooses the entry
 * whose label contains `label`, with the keyboard (the menu lays a pointer
 * blocker over the page, so clicks do not reach it). Returns all labels.
 */
export async function quickFix(page, label, { at, timeout = DEFAULT_TIMEOUT } = {}) {
  const labels = await openQuickFixes(page, { at, timeout });
  if (!labels.some((l) => l.includes(label))) {
    await page.keyboard.press('Escape');
    throw new Error(`quick fix ${JSON.stringify(label)} not offered; menu had: ${labels.join(' | ')}`);
  }
  const focused = page.locator('.action-widget .monaco-list-row.action.focused').first();
  await waitUntil(
    async () => {
      if (((await focused.getAttribute('aria-label', { timeout: 1_000 }).catch(() => null)) ?? '').includes(label)) return true;
      await page.keyboard.press('ArrowDown');
      return undefined;
    },
    { timeout, interval: 50, message: `quick fix ${JSON.stringify(label)} to be focused` },
  );
  await page.keyboard.press('Enter');
  await page.locator('.action-widget .monaco-list-row.action').first().waitFor({ state: 'hidden', timeout });
  return labels;
}

// ---------------------------------------------------------------------------

/** Same helpers with `page` bound, as handed to scenarios. */
export function bindUi(page) {
  const bound = { waitUntil };
  for (const [name, fn] of Object.entries(helpers)) bound[name] = (...args) => fn(page, ...args);
  bound.activeEditor = () => activeEditor(page);
  return bound;
}

async function focusWorkbench(page) {
  // Focus something inside the workbench so keyboard shortcuts reach it.
  const editor = activeEditor(page);
  if (await editor.isVisible()) {
    await editor
      .locator('.view-lines')
      .focus()
      .catch(() => {});
    await editor
      .locator('textarea, .native-edit-context')
      .first()
      .focus()
      .catch(() => {});
  } else {
    await page
      .locator('.monaco-workbench')
      .first()
      .focus()
      .catch(() => {});
  }
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function cssString(s) {
  return s.replace(/["\\]/g, '\\$&');
}

const helpers = {
  waitForWorkbench,
  dismiss,
  openFile,
  closeAllEditors,
  readEditorText,
  waitForEditorText,
  copyEditorText,
  textRect,
  clickText,
  tokenAt,
  typeText,
  suggestions,
  openSuggestions,
  acceptSuggestion,
  waitForSquiggles,
  waitForNoSquiggles,
  hoverText,
  readHover,
  closeHover,
  openProblems,
  readProblems,
  statusBarItems,
  waitForStatusBarItem,
  readLanguageStatus,
  languageStatusLabel,
  waitForLanguageStatus,
  runCommand,
  openQuickFixes,
  quickFix,
  readQuickInput,
  pickQuickInput,
  activeTabLabel,
  tabLabels,
  waitForActiveTab,
  cursorPosition,
  waitForCursor,
  copySelection,
  editorRect,
  isTextInView,
  waitForLink,
  ctrlClickLink,
  goToDefinition,
  tryTyping,
  squiggleOn,
};

export { DEFAULT_TIMEOUT };
