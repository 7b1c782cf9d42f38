/**
 * Editorial rules over every page in docs/. Each page is its own test, and each failure lists
 * "file:line: what is wrong", so the output is a to-do list for the writers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GLOSSARY_FILE,
  glossaryTerms,
  loadDocs,
  placeholderText,
  questionHeadingsWithoutAnchor,
  tooShort,
  unlinkedFirstUses,
} from './rules';

const siteDir = path.resolve(__dirname, '../..');
const docs = await loadDocs(siteDir);
const files = docs.map((doc) => doc.file);
const glossary = docs.find((doc) => doc.file === GLOSSARY_FILE);
const terms = glossary ? glossaryTerms(glossary) : [];

function expectNoProblems(problems: string[]): void {
  expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
}

describe('docs content rules', () => {
  it('finds the docs and the glossary terms', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(glossary, `${GLOSSARY_FILE} is missing`).toBeDefined();
    expect(terms.length).toBeGreaterThan(0);
  });

  describe.each(docs)('$file', (doc) => {
    it('gives every question heading an explicit {#anchor}', () => {
      expectNoProblems(questionHeadingsWithoutAnchor(doc));
    });

    it('has at least 150 words of prose', () => {
      expectNoProblems(tooShort(doc));
    });

    it('has no placeholder text (TODO, TBD, lorem, coming soon)', () => {
      expectNoProblems(placeholderText(doc));
    });

    it('links the first use of each glossary term to the glossary', () => {
      expectNoProblems(unlinkedFirstUses(doc, terms));
    });
  });
});
