#!/usr/bin/env node
// The Pincite language server for any LSP client. Speaks over stdio unless a
// transport flag (--stdio, --node-ipc, --socket=N, --pipe=NAME) says otherwise.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'server.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('pincite-server: dist/server.js is missing; run `npm install` (or `npm run build`) in the Pincite folder first\n');
  process.exit(2);
}
if (!process.argv.slice(2).some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
require(bundle);
