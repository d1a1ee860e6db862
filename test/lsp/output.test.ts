// What the server writes to the client's log (VS Code's "Pincite" output
// channel): its version at start, the settings in force, the library's size
// and load time, and each document it did not check, with the reason.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient, ROOT } from './client';

test('the log names the version, the settings, the library load and each skipped document', async () => {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const bundled = JSON.parse(fs.readFileSync(path.join(ROOT, 'opinions', 'index.json'), 'utf8')) as { opinions?: unknown[] } | unknown[];
  const opinions = Array.isArray(bundled) ? bundled.length : (bundled.opinions?.length ?? 0);
  const c = new LspClient({ configuration: { maxDocumentSize: 5000, run: 'onSave' } });
  try {
    await c.initialize({ capabilities: { workspace: { configuration: true } } });
    const started = await c.until(() => c.logs.find((l) => /server .* started/.test(l)), 'the start line');
    assert.match(started, new RegExp(`^pincite: server ${version.replace(/\./g, '\\.')} started \\(Node v\\d+`));
    const settings = await c.until(() => c.logs.find((l) => l.startsWith('pincite: settings: ')), 'the settings line');
    const shown = JSON.parse(settings.slice('pincite: settings: '.length)) as Record<string, unknown>;
    assert.equal(shown.maxDocumentSize, 5000);
    assert.equal(shown.run, 'onSave');
    assert.equal(shown.enable, true);
    const library = await c.until(() => c.logs.find((l) => /opinions library:/.test(l)), 'the library line');
    assert.match(library, new RegExp(`opinions library: ${opinions} opinions \\(bundled\\) loaded in \\d+ ms$`));

    await c.open('file:///tmp/too-big.md', 'Younger v. Harris, 401 U.S. 37 (1971). '.repeat(200));
    const skipped = await c.until(() => c.logs.find((l) => l.includes('too-big.md')), 'the skipped document');
    assert.match(skipped, /^pincite: file:\/\/\/tmp\/too-big\.md: not checked: .* over the pincite\.maxDocumentSize limit/);
  } finally {
    await c.close();
  }
});
