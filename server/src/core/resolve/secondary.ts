// Secondary sources (treatises, books, Restatements, articles, hearings): which
// authority each names, and which earlier one a short form names.
//
// - A treatise or book is one authority per work and volume, listed once in
//   full form (its first full citation, pins left out): `5B Wright & Miller,
//   supra, § 1357` and `Id. § 1351` join `5B Charles Alan Wright & Arthur R.
//   Miller, Federal Practice and Procedure § 1350 (3d ed. 2004)`.
// - A short name (`Wright & Miller § 1350`) resolves to the latest full
//   citation of the work (of its volume, when it gives one); with none before
//   it, it is unresolved.
// - A Restatement is one authority per section, as a statute is;
//   `Restatement (Second) of Torts, supra, at 402` joins the last one cited.
// - An article is one authority per volume, journal and first page; a hearing
//   per title, Congress and page.

import type { SecondaryCitation } from '../types';
import type { Resolver } from './resolve';

/** Latest full treatise citations by work, for the short names that follow. */
export class SecondaryIndex {
  private readonly byWork = new Map<string, number[]>();

  note(c: SecondaryCitation): void {
    const key = workKey(c);
    if (!key || c.short || c.inTable || c.ownCitation) return;
    const list = this.byWork.get(key);
    if (list) list.push(c.index);
    else this.byWork.set(key, [c.index]);
  }

  /** The latest full citation of `c`'s work, of the same volume when `c` names one. */
  latest(r: Resolver, c: SecondaryCitation): SecondaryCitation | undefined {
    const key = workKey(c);
    const list = key ? this.byWork.get(key) : undefined;
    if (!list) return undefined;
    for (let k = list.length - 1; k >= 0; k--) {
      const f = r.cites[list[k]] as SecondaryCitation;
      if (!c.volume || !f.volume || f.volume === c.volume) return f;
    }
    return undefined;
  }
}

function workKey(c: SecondaryCitation): string | undefined {
  if (c.form === 'restatement') return c.title.toLowerCase();
  if (c.form !== 'treatise' && c.form !== 'book') return undefined;
  return (c.work ?? c.title).toLowerCase();
}

export function resolveSecondary(r: Resolver, c: SecondaryCitation, index: SecondaryIndex): void {
  if (c.short) {
    const full = c.form === 'article' ? latestArticle(r, c) : index.latest(r, c);
    if (!full?.authority) {
      c.antecedent = null;
      c.resolution = 'unresolved';
      c.resolutionReason = `no earlier full citation of ${c.form === 'article' ? `${c.volume} ${c.journal}` : (c.work ?? c.title)}`;
      return;
    }
    c.antecedent = full.index;
    c.resolution = 'resolved';
    const a = r.authorities.get(full.authority)!;
    r.attach(c, a.id, 'secondary', a.label);
    return;
  }
  const id = `secondary:${authorityKey(c)}`;
  r.attach(c, id, 'secondary', r.authorities.get(id)?.label ?? secondaryLabel(c));
  index.note(c);
}

/** `114 Colum. L. Rev. at 15`: the article cited before at that volume and journal. */
function latestArticle(r: Resolver, c: SecondaryCitation): SecondaryCitation | undefined {
  for (let k = c.index - 1; k >= 0; k--) {
    const f = r.cites[k];
    if (f.kind === 'secondary' && f.form === 'article' && !f.short && f.volume === c.volume && f.journal === c.journal && f.authority) return f;
  }
  return undefined;
}

function authorityKey(c: SecondaryCitation): string {
  switch (c.form) {
    case 'treatise':
    case 'book':
      return `${c.volume ? c.volume + ' ' : ''}${(c.work ?? c.title).toLowerCase()}`;
    case 'restatement':
      return `${c.title}${c.section ? ' § ' + c.section : ''}`;
    case 'article':
      return `${c.volume} ${c.journal} ${c.page}`;
    case 'hearing':
      return `${c.title.toLowerCase()}, ${c.congress}th Cong. ${c.page}`;
  }
}

/**
 * The authority's label: the full citation without its pins, as a table of
 * authorities prints it (`5B Charles Alan Wright & Arthur R. Miller, Federal
 * Practice and Procedure § 1350 (3d ed. 2004)`).
 */
export function secondaryLabel(c: SecondaryCitation): string {
  const date = c.parentheticals[0]?.text.replace(/\s+/g, ' ') ?? '';
  const tail = date ? ' ' + date : '';
  switch (c.form) {
    case 'treatise':
    case 'book':
      return `${c.volume ? c.volume + ' ' : ''}${c.author ? c.author + ', ' : ''}${c.title}${c.section ? ' § ' + c.section : ''}${tail}`;
    case 'restatement':
      return `${c.title}${c.section ? ' § ' + c.section : ''}${tail}`;
    case 'article':
      return `${c.author ? c.author + ', ' : ''}${c.title ? c.title + ', ' : ''}${c.volume} ${c.journal} ${c.page ?? ''}${tail}`;
    case 'hearing': {
      const dated = c.parentheticals.find((p) => /\d{4}\)$/.test(p.text))?.text ?? '';
      return `${c.title}, ${congressOrdinal(c.congress ?? 0)} Cong. ${c.page ?? ''}${dated ? ' ' + dated : ''}`;
    }
  }
}

/** `98th`, `102d`, `111th`, `101st`: the Bluebook's ordinals. */
function congressOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'd', 'd', 'th', 'th', 'th', 'th', 'th', 'th'][n % 10]}`;
}
