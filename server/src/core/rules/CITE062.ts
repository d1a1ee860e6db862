// CITE062 — an explanatory parenthetical that does not quote a full sentence
// is a phrase, not a sentence: it begins in lower case, usually with a
// participle (`holding that …`), and it ends without a period before the
// closing bracket: `(holding that … rights.).` → `(holding that … rights).`
// Where the period inside is the only one the citation sentence has
// (`(… dissenting.) The point …`), the fix moves it after the bracket.
// A parenthetical written as a sentence (a main clause after the opening
// participle's phrase, or a quotation opening with a capital) is left as
// written.

import type { Edit, Finding, Rule } from './types';

const PARTICIPLES = new Set([
  'holding',
  'finding',
  'explaining',
  'noting',
  'stating',
  'concluding',
  'recognizing',
  'rejecting',
  'affirming',
  'reversing',
  'vacating',
  'dismissing',
  'applying',
  'extending',
  'declining',
  'granting',
  'denying',
  'observing',
  'describing',
  'discussing',
  'emphasizing',
  'reasoning',
  'ruling',
  'determining',
  'acknowledging',
  'addressing',
  'adopting',
  'allowing',
  'permitting',
  'requiring',
  'treating',
  'upholding',
  'striking',
  'suggesting',
  'considering',
  'construing',
  'interpreting',
  'clarifying',
  'deciding',
  'indicating',
  'characterizing',
  'refusing',
  'remanding',
  'limiting',
  'endorsing',
  'questioning',
  'cautioning',
  'confirming',
  'distinguishing',
  'establishing',
  'identifying',
  'invalidating',
  'reaffirming',
  'retiring',
  'analyzing',
  'summarizing',
  'collecting',
  'citing',
  'quoting',
  'setting',
  'finding',
  'imposing',
  'barring',
  'precluding',
  'permitting',
  'awarding',
  'enjoining',
  'sustaining',
  'overruling',
]);

/** A participle's phrase, a comma, then a subject and its verb: a sentence, not a phrase. */
const MAIN_CLAUSE =
  /^[\s*_]*[A-Z][a-z]+ing\b.{0,240}?,["'\u201d\u2019]? (?:the|a|an|his|her|its|their|[A-Z][a-z]+)(?: [A-Z][\w'\u2019.]*){0,4} [a-z]+(?:ed|s)\b ?[:,"\u201c]/;

/** Last words that keep their period (abbreviations), so the period is not a sentence's. */
const ABBREVIATION_END =
  /^(?:[A-Z][A-Za-z.'&]*|(?:[A-Za-z]\.)+[A-Za-z]?|id|cl|art|amend|supp|ch|nn?|pp?|no|op|seq|al|cf|etc|ed|eds|rev|mem|cert|para|sec|subsec|tit|vol|ann|stat|gen)\.$/;

export const CITE062: Rule = {
  meta: {
    code: 'CITE062',
    title: 'Explanatory parenthetical form',
    defaultSeverity: 'info',
    indigo: 'R10.1.1, R10.1.2',
    bluebook: '1.5(a)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    for (const c of cites) {
      const edits: Edit[] = [];
      const problems = new Set<string>();
      let span;
      for (const p of c.parentheticals) {
        if (p.kind !== 'explanatory' || !p.closed) continue;
        const innerStart = p.span.start + 1;
        const innerEnd = p.span.end - 1;
        const inner = text.slice(innerStart, innerEnd);
        // A capital participle opening the phrase, unless a main clause follows the
        // participle's phrase: then the parenthetical is a sentence (`(Characterizing
        // the conduct as willful, the Magistrate Judge observed: “…”)`).
        const lead = /^[\s*_]*([A-Z])([a-z]+)\b(\s+\S+)?/.exec(inner);
        let capitalFlagged = false;
        if (lead && !MAIN_CLAUSE.test(inner.replace(/\s+/g, ' '))) {
          const word = (lead[1] + lead[2]).toLowerCase();
          const next = (lead[3] ?? '').trim();
          const participle = PARTICIPLES.has(word) || (/ing$/.test(word) && word.length > 6 && /^[a-z]/.test(next) && next !== 'v.');
          if (participle) {
            capitalFlagged = true;
            const at = innerStart + lead.index + lead[0].indexOf(lead[1]);
            edits.push({ start: at, end: at + 1, newText: lead[1].toLowerCase() });
            problems.add(`starts with a capital ("${lead[1]}${lead[2]}")`);
            span ??= p.span;
          }
        }
        // A period closing the phrase (not an abbreviation's, not inside a quotation). A
        // parenthetical that opens with a quoted capital is written as a sentence
        // (`(“There can be no clearer example … than” forced inclusion.)`).
        if (!capitalFlagged && /^[\s*_]*["\u201c][[(]?[A-Z]/.test(inner)) continue;
        let e = innerEnd;
        while (e > innerStart && /[\s*_]/.test(text[e - 1])) e--;
        if (text[e - 1] === '.' && text[e - 2] !== '.' && !/["'\u201d\u2019]/.test(text[e - 2] ?? '')) {
          const tail = text.slice(Math.max(innerStart, e - 16), e).replace(/[*_]/g, '');
          const lastWord = /(\S+)$/.exec(tail)?.[1] ?? '';
          const sentenceEnd = /[a-z]{2,}\.$/.test(lastWord) && !ABBREVIATION_END.test(lastWord) ? true : /[0-9)\]]\.$/.test(lastWord);
          if (sentenceEnd) {
            edits.push({ start: e - 1, end: e, newText: '' });
            // The period may be the citation sentence's own, put inside the bracket
            // (`(… dissenting.) The point …`): it moves out rather than being lost.
            let k = p.span.end;
            while (k < text.length && /[ \t*_]/.test(text[k])) k++;
            const closes = k < text.length && /[.;,:)(\]]/.test(text[k]);
            if (!closes && k < text.length) edits.push({ start: p.span.end, end: p.span.end, newText: '.' });
            problems.add(closes || k >= text.length ? 'ends with a period' : 'holds the period that ends the citation sentence');
            span ??= p.span;
          }
        }
      }
      if (!edits.length || !span) continue;
      out.push({
        span,
        citation: c.index,
        message: `This explanatory parenthetical ${[...problems].join(' and ')}. Unless it quotes a full sentence it is a phrase: it starts lower-case and has no closing period, e.g. "(holding that …)".`,
        fixes: [{ title: 'Fix the parenthetical', edits }],
      });
    }
    return out;
  },
};
