// Loads one of the bundles in dist/, or explains how to build them.
'use strict';
const path = require('node:path');
const fs = require('node:fs');

module.exports = function loadBundle(command, file) {
  const bundle = path.join(__dirname, '..', 'dist', file);
  if (!fs.existsSync(bundle)) {
    process.stderr.write(`${command}: dist/${file} is missing; run \`npm install\` (or \`npm run build\`) in the Pincite folder first\n`);
    process.exit(2);
  }
  return require(bundle);
};
