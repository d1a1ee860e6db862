#!/usr/bin/env node
// The other side of bench-vs-citation.mjs: reads one file and prints, as JSON,
// what the npm `citation` package finds in it (count per citation type).
import { readFileSync } from 'node:fs';
import Citation from 'citation';

const found = Citation.find(readFileSync(process.argv[2], 'utf8')).citations;
const byType = {};
for (const c of found) byType[c.type] = (byType[c.type] ?? 0) + 1;
process.stdout.write(JSON.stringify({ citations: found.length, byType }) + '\n');
