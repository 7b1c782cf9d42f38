/** Writes docs/reference/issue-codes.mdx from the code registry. Run with `npm run generate`. */
import fs from 'node:fs';
import path from 'node:path';
import { CODES } from '../src/allegro/codes';
import { renderIssueCodesPage } from '../plugins/issue-codes/render';

const target = path.resolve(__dirname, '../docs/reference/issue-codes.mdx');
fs.writeFileSync(target, renderIssueCodesPage(CODES));
console.log(`Wrote ${path.relative(process.cwd(), target)} (${CODES.length} codes)`);
