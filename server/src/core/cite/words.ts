// Word lists the scanner uses to find where a case name starts and which
// signal introduces a citation.

/** Lower-case words that may sit inside a party name. */
export const NAME_CONNECTORS = new Set([
  'of', 'the', 'and', '&', 'for', 'de', 'del', 'la', 'le', 'du', 'von', 'van', 'der', 'ex', 'rel.', 'rel', 'on',
  'et', 'al.', 'al', 're', 'parte', 'en', 'y', 'des', 'di', 'da', 'dos', 'das', 'e', 'und', 'in', 'at', 'to', 'upon', 'a', 'an', 'd/b/a', 'f/k/a', 'n/k/a', 'by', 'through', 'its',
]);

/** Prepositions that, before `v.`, usually belong to the prose, not the party (`the Court in X v. Y`). */
export const PLAINTIFF_CUTS = new Set(['in', 'at', 'to', 'with', 'by', 'from', 'under', 'upon', 'see', 'through']);

/** Capitalised words that open a sentence or clause but are not part of a case name. */
export const PROSE_OPENERS = new Set([
  'In', 'See', 'Under', 'As', 'While', 'Although', 'Because', 'Since', 'When', 'Where', 'Here', 'Thus', 'Moreover',
  'However', 'Indeed', 'Unlike', 'Like', 'After', 'Before', 'Following', 'Applying', 'Citing', 'Quoting', 'Accord',
  'Compare', 'Contra', 'But', 'And', 'Also', 'Even', 'Nor', 'Yet', 'So', 'Then', 'That', 'This', 'These', 'Those',
  'Cf.', 'Cf', 'E.g.,', 'E.g.', 'Therefore', 'Further', 'Furthermore', 'Similarly', 'Likewise', 'Finally', 'First',
  'Second', 'Third', 'Accordingly', 'Nonetheless', 'Nevertheless', 'Notably', 'Consequently', 'Hence', 'Per',
  'Contrast', 'With', 'Relying', 'Following', 'Plaintiff', 'Defendant', 'Defendants', 'Plaintiffs', 'Id.', 'Ibid.',
  'Later', 'Earlier', 'Again', 'Specifically', 'Instead', 'Otherwise', 'Still', 'Next', 'Thereafter', 'Today', 'Now',
  'Recently', 'Importantly', 'Significantly', 'Generally', 'Ultimately', 'Alternatively', 'Additionally', 'Conversely',
  'Rather', 'Meanwhile', 'Initially', 'Critically', 'Notwithstanding', 'Regardless', 'Elsewhere', 'Previously',
]);

/** Signals (Bluebook 1.2), lower-cased, with common malformed spellings the rules flag. */
export const SIGNALS = [
  'see, e.g.,', 'see e.g.,', 'see, e.g.', 'see e.g.', 'see also, e.g.,', 'see also', 'see generally', 'see',
  'but see, e.g.,', 'but see', 'but cf.', 'but cf', 'cf.', 'cf', 'e.g.,', 'e.g.', 'accord', 'contra', 'compare',
  // The Supreme Court spaces the abbreviation: `See, e. g.,`.
  'see, e. g.,', 'see also, e. g.,', 'but see, e. g.,', 'e. g.,',
  'contrast', 'with',
];

/** Subsequent-history phrases (Bluebook T8 / Indigo T14), lower-cased, longest first. */
export const HISTORY_PHRASES =
  /^(?:aff'd in part(?:, rev'd in part)?|aff'd|affd|aff'g|rev'd in part|rev'd|revd|rev'g|vacated(?: in part)?|cert\. denied|cert\. granted|cert\. dismissed|reh'g denied|reh'g granted|reh'g en banc denied|appeal dismissed|overruled in part|overruled(?: on other grounds)?(?: by)?|abrogated(?: on other grounds)?(?: by)?|superseded(?: by statute)?(?:,? as stated in)?|modified|remanded|withdrawn)(?: on other grounds)?(?: by)?/i;

/** Words after which a token ending in a period is still an abbreviation. */
export const COMMON_ABBREVIATIONS = new Set([
  'Co.', 'Corp.', 'Inc.', 'Ltd.', 'Bros.', 'Ass\'n', 'No.', 'Dep\'t', 'Transp.', 'Commc\'ns', 'Mem\'l', 'Constr.',
  'Univ.', 'Hosp.', 'Sch.', 'Dist.', 'Educ.', 'Servs.', 'Serv.', 'Cnty.', 'Cty.', 'Twp.', 'Vill.', 'Comm.', 'Comm\'n',
  'Comm\'r', 'Gov\'t', 'Nat\'l', 'Int\'l', 'Ins.', 'Mfg.', 'Auth.', 'Bd.', 'Trs.', 'Prot.', 'Advoc.', 'Assocs.', 'Ave.',
  'Ctr.', 'Cmty.', 'Hous.', 'Res.', 'Indus.', 'Sys.', 'Tech.', 'Techs.', 'Sec.', 'Fin.', 'Mgmt.', 'Prop.', 'Pub.',
  'Elec.', 'Enters.', 'Enter.', 'Mut.', 'Fed.', 'Envtl.', 'Env\'t', 'Pharms.', 'Pharm.', 'Labs.', 'Lab.', 'Ry.', 'R.R.',
  'Dev.', 'Admin.', 'Agric.', 'Cal.', 'Colo.', 'Conn.', 'Fla.', 'Mass.', 'Mich.', 'Minn.', 'Penn.', 'Pa.', 'Va.',
  'Wash.', 'Wis.', 'Tex.', 'Ill.', 'Ind.', 'Ky.', 'La.', 'Md.', 'Mo.', 'Neb.', 'Nev.', 'Okla.', 'Or.', 'Tenn.', 'Vt.',
  'Jud.', 'Off.', 'Offs.', 'Dir.', 'Exec.', 'Mil.', 'Mun.', 'Reg\'l', 'Ret.', 'Sav.', 'Soc.', 'Soc\'y', 'Tel.', 'Util.',
  'Mt.', 'St.', 'Ste.', 'Jr.', 'Sr.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Ft.', 'Pt.', 'Rd.', 'Blvd.', 'Ctys.', 'Cntys.',
  'Constructeur', 'Dist.', 'Cos.', 'Grp.', 'Holdings', 'Invs.', 'Inv.', 'P\'ship', 'Props.', 'Prods.', 'Prod.', 'Corr.',
  'Emps.', 'Emp.', 'Found.', 'Gen.', 'Glob.', 'Indep.', 'Info.', 'Inst.', 'Loc.', 'Med.', 'Metro.', 'Mktg.', 'Mortg.',
]);
