#!/usr/bin/env node
// Entry point of the `pincite` command; the real work is in the bundled CLI.
'use strict';
const { run } = require('./load-bundle')('pincite', 'cli.js');
run(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
).then((code) => {
  process.exitCode = code;
});
