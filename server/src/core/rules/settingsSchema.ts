// The `pincite.rules` setting's schema, one property per registered rule, so
// VS Code's settings editor offers the codes to pick from with their titles.
// scripts/update-readme-rules.mjs writes it into package.json; a test checks
// that the manifest and the registry agree.

import { RULES } from './index';

export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;

const SEVERITY_DESCRIPTIONS = ['Not reported.', 'Reported as information.', 'Reported as a warning.', 'Reported as an error.'];

export interface RuleSettingSchema {
  type: 'string';
  enum: string[];
  enumDescriptions: string[];
  markdownDescription: string;
}

/** A severity setting's schema: for a code the registry does not have yet (a newer `.pincite.json`'s). */
export function severitySchema(): { type: 'string'; enum: string[]; enumDescriptions: string[] } {
  return { type: 'string', enum: [...SEVERITY_SETTINGS], enumDescriptions: SEVERITY_DESCRIPTIONS };
}

/** The `properties` of `pincite.rules`: each code, what it checks and its default. */
export function rulesSettingProperties(): Record<string, RuleSettingSchema> {
  const sorted = [...RULES].sort((a, b) => a.meta.code.localeCompare(b.meta.code));
  return Object.fromEntries(
    sorted.map((r) => {
      const m = r.meta;
      const byDefault = m.optIn ? `off by default (${m.defaultSeverity} when turned on)` : `${m.defaultSeverity} by default`;
      return [m.code, { ...severitySchema(), markdownDescription: `${m.title} — ${byDefault}.` }];
    }),
  );
}
