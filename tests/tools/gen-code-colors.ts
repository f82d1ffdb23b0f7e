/** Writes src/styles/code-colors.css from the two Shiki themes (`npm run gen:code-colors`). */
import { writeFileSync } from 'node:fs';
import { CODE_THEMES, codeColorsCss } from '../../src/markdown/code-colors.ts';

const load = async (name: string) => (await import(`@shikijs/themes/${name}`)).default;
const css = codeColorsCss(await load(CODE_THEMES.light), await load(CODE_THEMES.dark));
writeFileSync('src/styles/code-colors.css', css);
console.log('Wrote src/styles/code-colors.css');
