#!/usr/bin/env node
// Entry point of the `pincite` command; the real work is in the bundled CLI.
'use strict';
const { main } = require('./load-bundle')('pincite', 'cli.js');
process.exitCode = main(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
