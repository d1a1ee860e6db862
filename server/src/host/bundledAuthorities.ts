// The curated authorities and doctrine notes, bundled with the server (esbuild
// inlines the JSON). One file per subject; ids are unique across them.

import federalCourts from '../../../data/authorities/federal-courts.json';
import section1983 from '../../../data/authorities/section-1983.json';
import immunityPleading from '../../../data/authorities/immunity-pleading.json';
import { buildAuthorityIndex, type AuthorityIndex } from '../core/authorities/index';
import type { AuthorityEntry, AuthorityFile, DoctrineNote } from '../core/authorities/types';

export const AUTHORITY_FILES: Record<string, AuthorityFile> = {
  'federal-courts.json': federalCourts as AuthorityFile,
  'section-1983.json': section1983 as AuthorityFile,
  'immunity-pleading.json': immunityPleading as AuthorityFile,
};

export function allAuthorities(): AuthorityEntry[] {
  return Object.values(AUTHORITY_FILES).flatMap((f) => f.authorities ?? []);
}

export function allDoctrines(): DoctrineNote[] {
  return Object.values(AUTHORITY_FILES).flatMap((f) => f.doctrines ?? []);
}

let curated: AuthorityIndex | undefined;

/**
 * The index over the bundled authorities, built on first use and kept: the
 * server and the CLI hand it to the rules (CITE110) and the server's hover and
 * completion read it. The data never changes while the process runs.
 */
export function curatedAuthorities(): AuthorityIndex {
  return (curated ??= buildAuthorityIndex(allAuthorities(), allDoctrines()));
}
