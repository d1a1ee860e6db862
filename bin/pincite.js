#!/usr/bin/env node
// Entry point of the `pincite` command; the real work is in the bundled CLI.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('pincite: dist/cli.js is missing; run `npm install` (or `npm run build`) in the Pincite folder first\n');
  process.exit(2);
}
const { main } = require(bundle);
process.exitCode = main(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
