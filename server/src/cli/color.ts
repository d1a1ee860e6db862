// Colour in the CLI's report, as other command-line tools decide it: --color
// and --no-color win; then NO_COLOR (any value but empty) turns it off and
// FORCE_COLOR turns it on (off for 0 or false); otherwise only a terminal gets
// colour, not a pipe or a file, and not a terminal that calls itself dumb.
// The escapes come from util.styleText.

import { styleText } from 'node:util';

export type Style = Parameters<typeof styleText>[0];

/** Paints text in a style, or leaves it as it is when colour is off. */
export type Paint = (style: Style, text: string) => string;

export const plain: Paint = (_style, text) => text;

export function colorWanted(flags: { color?: boolean; noColor?: boolean }, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flags.noColor) return false;
  if (flags.color) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return !/^(0|false)$/i.test(env.FORCE_COLOR);
  return isTTY && env.TERM !== 'dumb';
}

export function painter(on: boolean): Paint {
  // validateStream: false, since the decision above is already made (newer Node checks the stream itself).
  return on ? (style, text) => (text ? styleText(style, text, { validateStream: false } as never) : text) : plain;
}
