// The README's table of rules, made from the rules' own metadata so the two
// cannot drift apart (scripts/update-readme-rules.mjs writes it; a test checks it).

import { RULES } from './index';

const FIX_LABEL = { safe: 'safe', suggest: 'suggestion', none: '—', lookup: 'needs an outside fact' } as const;

export function rulesTable(): string {
  const rows = [...RULES]
    .sort((a, b) => a.meta.code.localeCompare(b.meta.code))
    .map((r) => {
      const m = r.meta;
      const severity = m.optIn ? 'off' : m.defaultSeverity;
      const note = m.optIn ? ` (opt-in; ${m.defaultSeverity} when on)` : '';
      return `| [${m.code}](docs/rules/${m.code}.md) | ${m.title} | ${severity}${note} | ${FIX_LABEL[m.fix]} | ${m.indigo} | ${m.bluebook} |`;
    });
  return ['| Code | Rule | Default | Fix | Indigo Book | Bluebook |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
