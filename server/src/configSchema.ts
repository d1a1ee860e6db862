// The one validator of Pincite's shared settings (`rules`, `citationSpacing`,
// `parallelSupremeCourt`, `style`), driven by schemas/pincite.schema.json, the
// schema VS Code checks `.pincite.json` with. `.pincite.json` (config.ts), the
// editor's settings (settings.ts) and the CLI's `--style` all read them here,
// so they accept the same values and the same rule codes.
//
// From the schema: the keys, each value's type or allowed values, the rule-code
// pattern and the severities. What a schema cannot say comes from Pincite
// itself: which rule codes exist (the rule registry). A code is accepted in any
// case and stored as the registry spells it (`cite013B` → `CITE013b`).
//
// Values are read from a jsonc-parser tree, which gives every problem the
// offset of what it is about; a value from elsewhere (the editor's settings)
// is turned into such a tree by `valueTree`, with every offset 0.

import type { Node } from 'jsonc-parser';
import schema from '../../schemas/pincite.schema.json';
import type { CheckOptions, RuleSetting } from './core/rules/index';
import { ruleMeta } from './core/rules/index';

interface PropertySchema {
  enum?: unknown[];
  type?: string | string[];
  properties?: Record<string, PropertySchema>;
  additionalProperties?: boolean | PropertySchema;
  propertyNames?: { pattern?: string };
}

const PROPERTIES = (schema as { properties: Record<string, PropertySchema> }).properties;

/** The keys a `.pincite.json` may hold, from the schema. */
export const CONFIG_KEYS: readonly string[] = Object.keys(PROPERTIES);

/** The settings the schema describes, as the checker takes them. */
export type SharedSettings = Pick<CheckOptions, 'rules' | 'citationSpacing' | 'parallelSupremeCourt' | 'style'>;

/** Where a problem is (the node it is about) and what it is. */
export type ReportProblem = (node: Node, message: string) => void;

/**
 * Reads the settings in `root` (a JSON object), keeping the well-formed ones;
 * every problem goes to `report`. Keys the schema does not name are reported,
 * unless `otherKeys` is 'ignore' (the editor's settings hold more than these).
 */
export function readSharedSettings(root: Node, report: ReportProblem, otherKeys: 'report' | 'ignore' = 'report'): SharedSettings {
  const out: SharedSettings = {};
  if (root.type !== 'object') {
    report(root, 'expected a JSON object');
    return out;
  }
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    const key = keyNode.value;
    const spec = Object.hasOwn(PROPERTIES, key) ? PROPERTIES[key] : undefined;
    if (!spec) {
      if (otherKeys === 'report') report(keyNode, `unknown setting "${shorten(key)}" (known: ${CONFIG_KEYS.join(', ')})`);
      continue;
    }
    if (!valueNode) continue;
    if (spec.propertyNames) readRules(valueNode, spec, out, report);
    else {
      const problem = valueProblem(valueNode, spec);
      if (problem) report(valueNode, `"${key}" ${problem}`);
      else setKnown(out, key, valueNode.value);
    }
  }
  return out;
}

/** The values the schema allows for `key` (its enum, without null), or undefined when it lists none. */
export function allowedValues(key: string): readonly string[] | undefined {
  const spec = Object.hasOwn(PROPERTIES, key) ? PROPERTIES[key] : undefined;
  return spec?.enum?.filter((e): e is string => typeof e === 'string');
}

/** Whether `value` may be the setting `key`. */
export function isAllowedValue(key: string, value: unknown): boolean {
  const spec = Object.hasOwn(PROPERTIES, key) ? PROPERTIES[key] : undefined;
  return !!spec && valueProblem(valueTree(value), spec) === undefined;
}

/** A plain JSON value as a jsonc-parser tree (offsets 0), so it can be read like a file's. */
export function valueTree(value: unknown): Node {
  const node = (type: Node['type'], v?: unknown, children?: Node[]): Node => ({ type, value: v, offset: 0, length: 0, children });
  if (value === null || value === undefined) return node('null', null);
  if (Array.isArray(value)) return node('array', undefined, value.map(valueTree));
  switch (typeof value) {
    case 'string':
      return node('string', value);
    case 'number':
      return node('number', value);
    case 'boolean':
      return node('boolean', value);
    case 'object':
      return node(
        'object',
        undefined,
        Object.entries(value as Record<string, unknown>).map(([k, v]) => node('property', undefined, [node('string', k), valueTree(v)])),
      );
    default:
      return node('null', null);
  }
}

/** Copies the settings Pincite itself acts on. */
function setKnown(out: SharedSettings, key: string, value: unknown): void {
  // "extends" names another file; config.ts follows it (the editor's settings have no such key).
  if (key === 'extends') return;
  if (key === 'citationSpacing' && (value === 'traditional' || value === 'compact')) out.citationSpacing = value;
  else if (key === 'parallelSupremeCourt' && (value === 'drop' || value === 'keep')) out.parallelSupremeCourt = value;
  else if (value !== null) (out as Record<string, unknown>)[key] = value;
}

/** The map of rule code to severity: codes by the schema's pattern and the registry, severities by the schema's enum. */
function readRules(node: Node, spec: PropertySchema, out: SharedSettings, report: ReportProblem): void {
  if (node.type !== 'object') {
    report(node, '"rules" must be an object of CITEnnn: severity');
    return;
  }
  const pattern = new RegExp(spec.propertyNames!.pattern ?? '', 'i');
  const severity = typeof spec.additionalProperties === 'object' ? spec.additionalProperties : {};
  out.rules = {};
  for (const prop of node.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    const raw = keyNode.value;
    if (!pattern.test(raw)) {
      report(keyNode, `"${shorten(raw)}" is not a rule code (CITE followed by three digits)`);
      continue;
    }
    const code = canonicalCode(raw);
    if (!code) {
      report(keyNode, `unknown rule code "${shorten(raw)}": Pincite has no such rule (see docs/rules/)`);
      continue;
    }
    if (!valueNode || valueNode.type !== 'string' || valueProblem(valueNode, severity)) {
      report(valueNode ?? keyNode, `"${code}" must be ${orList((severity.enum ?? []).map(String))}`);
      continue;
    }
    out.rules[code] = valueNode.value as RuleSetting;
  }
}

/** The registered spelling of a rule code (`cite013B` → `CITE013b`), or undefined for a code with no rule. */
function canonicalCode(raw: string): string | undefined {
  const upper = raw.toUpperCase();
  const candidates = [upper, upper.slice(0, 7) + upper.slice(7).toLowerCase()];
  return candidates.find((c) => ruleMeta(c) !== undefined);
}

/** Why `node` does not fit `spec` (its enum or type), or undefined when it does. */
function valueProblem(node: Node, spec: PropertySchema): string | undefined {
  if (spec.enum) {
    if (spec.enum.some((e) => e === node.value && node.type !== 'object' && node.type !== 'array')) return undefined;
    return `must be ${orList(spec.enum.filter((e) => e !== null).map((e) => JSON.stringify(e)))}`;
  }
  const types = spec.type === undefined ? [] : Array.isArray(spec.type) ? spec.type : [spec.type];
  if (types.length && !types.some((t) => fitsType(node, t))) return `must be ${types.join(' or ')}`;
  return undefined;
}

function fitsType(node: Node, type: string): boolean {
  if (type === 'integer') return node.type === 'number' && Number.isInteger(node.value);
  return node.type === type;
}

/** `a, b or c`. */
function orList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : (items[0] ?? '');
}

/** A key quoted in a message: never much of it, so the message cannot carry another file's contents. */
function shorten(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this replaces
  const flat = s.replace(/[\u0000-\u001f]/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
}
