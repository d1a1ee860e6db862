// What the extension's manifest promises VS Code about workspaces it does not trust.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readProjectFile } from './helpers';

test('capabilities: supported in untrusted workspaces (it runs no workspace code), not in virtual ones (it reads files)', () => {
  const pkg = JSON.parse(readProjectFile('package.json'));
  assert.deepEqual(pkg.capabilities?.untrustedWorkspaces, { supported: true });
  assert.equal(pkg.capabilities?.virtualWorkspaces?.supported, false);
  assert.match(pkg.capabilities.virtualWorkspaces.description, /file system/);
  // What a workspace may set is limited where it is read, and the setting says so.
  assert.match(pkg.contributes.configuration.properties['pincite.opinionFolders'].markdownDescription, /inside the workspace/);
});
