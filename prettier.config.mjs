// Prettier settings chosen to match the code as written: single quotes,
// semicolons, trailing commas, long lines. printWidth is the width at which
// reformatting the existing code changes the least. Measured over server/src,
// client/src, test, scripts and bin (lines removed / lines added / change sites):
// 120: 1753/7180/1247, 140: 1150/4425/721, 160: 1010/3168/500,
// 170: 1043/2819/447, 180: 1142/2719/441, 200: 1309/2521/438.
// Narrower widths split more long lines, wider ones join more wrapped calls.
export default {
  printWidth: 170,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  arrowParens: 'always',
  overrides: [
    // VS Code reads snippets as JSONC, but snippets.test.ts checks that they are plain JSON: no trailing commas.
    { files: '*.code-snippets', options: { parser: 'json' } },
  ],
};
