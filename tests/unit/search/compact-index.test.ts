import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  compactSearchIndexFile,
  withoutMatchPositions,
  type SerializedPart,
} from '../../../plugins/search/compact-index';
import { matchPositions } from '../../../plugins/search/client/search-engine';
import { stem } from '../../../plugins/search/client/synonym-queries';

/** The shape lunr serialises, for two words in two sections. */
function sampleIndex(): SerializedPart[] {
  return [
    {
      documents: [{ i: 1, t: 'Suspended usage', u: '/docs/errors/usage-suspense' }],
      index: {
        version: '2.3.9',
        fields: ['t'],
        fieldVectors: [['t/1', [0, 1.2]]],
        invertedIndex: [
          [
            'suspend',
            {
              _index: 0,
              t: {
                '1': { position: [[0, 9]] },
                '7': {
                  position: [
                    [4, 9],
                    [30, 9],
                  ],
                },
              },
            },
          ],
          ['usag', { _index: 1, t: { '1': { position: [[10, 5]] } } }],
        ],
        pipeline: ['stemmer'],
      },
    },
  ];
}

describe('withoutMatchPositions', () => {
  it('empties every posting but keeps which sections hold which word', () => {
    const [part] = withoutMatchPositions(sampleIndex());
    expect(part!.index.invertedIndex).toEqual([
      ['suspend', { _index: 0, t: { '1': {}, '7': {} } }],
      ['usag', { _index: 1, t: { '1': {} } }],
    ]);
    expect(part!.index.fieldVectors).toEqual([['t/1', [0, 1.2]]]);
    expect(part!.documents).toEqual(sampleIndex()[0]!.documents);
  });

  it('rewrites an index file and reports the saving', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    const file = path.join(dir, 'search-index.json');
    fs.writeFileSync(file, JSON.stringify(sampleIndex()));
    const { before, after } = compactSearchIndexFile(file);
    expect(after).toBeLessThan(before);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(withoutMatchPositions(sampleIndex()));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('matchPositions', () => {
  const term = (value: string, extra: object = {}) => ({
    value,
    presence: 2,
    wildcard: 0,
    ...extra,
  });

  it('finds stemmed, prefix and one-typo matches as [start, length] for the highlighter', () => {
    const text = 'Reprocessing suspended records: reprocess them after the fix.';
    const metadata = matchPositions(
      text,
      { tokens: [], term: [term('reprocess'), term('suspend'), term('rec', { wildcard: 2 })] },
      stem,
    );
    expect(metadata.reprocess?.t?.position).toEqual([
      [0, 12],
      [32, 9],
    ]);
    expect(metadata.suspend?.t?.position).toEqual([[13, 9]]);
    expect(metadata.rec?.t?.position).toEqual([[23, 7]]);
    const fuzzy = matchPositions(
      'Supended usage',
      { tokens: [], term: [term('suspended', { editDistance: 1 })] },
      stem,
    );
    expect(fuzzy.suspended?.t?.position).toEqual([[0, 8]]);
  });
});
