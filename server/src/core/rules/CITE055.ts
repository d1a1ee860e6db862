// CITE055 — supra is for secondary sources and court documents. A case (or a
// statute, regulation or constitution) gets its own short form instead:
// `Roth, supra, at 577` → `Roth, 408 U.S. at 577`. The volume and reporter come
// from the earlier full citation, so the fix is offered only when the supra
// points to one; a supra with a note number (`supra note 3`) is left alone,
// since that is how secondary sources are cited.

import type { Citation, SupraCitation } from '../types';
import type { Finding, Rule } from './types';

export const CITE055: Rule = {
  meta: {
    code: 'CITE055',
    title: 'supra used for a case',
    defaultSeverity: 'error',
    indigo: 'R6.2.3',
    bluebook: '4.2(a)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    for (const c of cites) {
      if (c.kind !== 'supra' || c.note !== undefined) continue;
      if (c.resolution !== 'resolved' || c.antecedent === null || c.antecedent === undefined) continue;
      const target = cites[c.antecedent];
      if (!target || !namesTarget(c, target)) continue;
      const short = shortForm(target);
      const name = c.name.replace(/[*_]/g, '');
      const pin = c.pins[0];
      const m = /^([*_]*[\s,]*)([*_]*supra[*_]*)(\s*,?\s*)(at\s+)?/.exec(text.slice(c.nameSpan.end, c.span.end));
      const canFix = !!short && !!pin && !!m && !!m[4];
      const right = short ? `${name}, ${short}${pin ? ` at ${pin.text}` : ' at [pin]'}` : undefined;
      let message = `supra is for secondary sources and court documents, not ${kindLabel(target)}.`;
      message += right ? ` Write "${right}".` : ' Use the short form of the authority.';
      if (right && !pin) message += ' Pincite cannot supply the pin.';
      out.push({
        span: c.span,
        citation: c.index,
        message,
        fixes: canFix
          ? [
              {
                title: `Write "${right}"`,
                edits: [
                  {
                    start: c.nameSpan.end + m![1].length,
                    end: c.nameSpan.end + m![0].length,
                    newText: target.kind === 'database' ? `${short}, at ` : `${short} at `,
                  },
                ],
              },
            ]
          : [],
      });
    }
    return out;
  },
};

function kindLabel(c: Citation): string {
  switch (c.kind) {
    case 'statute':
      return 'a statute';
    case 'regulation':
      return 'a regulation';
    case 'constitution':
      return 'a constitution';
    default:
      return 'a case';
  }
}

/** `408 U.S.` for a reported case, `2021 WL 2741723` for a database cite; undefined for a docket. */
function shortForm(c: Citation): string | undefined {
  if (c.kind === 'case') return `${c.volume} ${c.reporter ?? c.reporterAsWritten}`;
  if (c.kind === 'database') return `${c.year} ${c.database} ${c.number}`;
  return undefined;
}

/** The supra's name must be one of the target's parties (or its first words), not a chance shared word. */
function namesTarget(s: SupraCitation, target: Citation): boolean {
  const name = 'caseName' in target ? target.caseName : undefined;
  if (!name) return target.kind === 'statute' || target.kind === 'regulation' || target.kind === 'constitution';
  const key = (x: string | undefined) => (x ?? '').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  const sn = key(s.name);
  const parties = [name.plaintiff, name.defendant, name.text].map(key).filter(Boolean);
  return parties.some((p) => p === sn || p.startsWith(sn + ' ') || p.endsWith(' ' + sn) || p.split(' ').includes(sn));
}
