import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  MAX_RECORD_BYTES,
  recordId,
  recordsFromBuild,
  recordsFromHtml,
  splitContent,
  type DocSearchRecord,
} from '../../../plugins/search/records';

const fixture = fs.readFileSync(path.join(__dirname, 'fixtures', 'doc-page.html'), 'utf8');
const PAGE = 'https://kb.example.org/docs/errors/usage-suspense';

function summary(record: DocSearchRecord) {
  return [record.type, record.anchor, record.content ?? record.hierarchy[record.type as 'lvl1']];
}

describe('recordsFromHtml', () => {
  const records = recordsFromHtml({ html: fixture });

  it('emits heading and content records in page order, under the right anchor', () => {
    expect(records.map(summary)).toEqual([
      ['lvl1', null, 'Usage suspense'],
      ['content', null, 'Records that passed mediation but failed in rating wait here.'],
      ['lvl2', 'no-service-found', 'No Service found for the service (provisioning) id'],
      ['content', 'no-service-found', "The record's service ID is not linked to a subscription."],
      ['content', 'no-service-found', 'Plan instance missing: add it in core Aria.'],
      ['content', 'no-service-found', 'Not yet synced:'],
      ['content', 'no-service-found', 'wait for the sync'],
      ['lvl3', 'error-14046', '14046: invalid plan instance number'],
      ['content', 'error-14046', 'Code | Meaning'],
      ['content', 'error-14046', '14046 | invalid plan instance number'],
      ['content', 'error-14046', 'bulk_record_usage_m(client_no, usage_units)'],
    ]);
  });

  it('fills the DocSearch hierarchy, URLs and contextual-search facets', () => {
    const row = records[9]!;
    expect(row.hierarchy).toEqual({
      lvl0: 'Errors and reprocessing',
      lvl1: 'Usage suspense',
      lvl2: 'No Service found for the service (provisioning) id',
      lvl3: '14046: invalid plan instance number',
      lvl4: null,
      lvl5: null,
      lvl6: null,
    });
    expect(row.url).toBe(`${PAGE}#error-14046`);
    expect(row.url_without_anchor).toBe(PAGE);
    expect(row.language).toBe('en');
    expect(row.docusaurus_tag).toBe('docs-default-current');
    expect(row.version).toBe('current');
    // A new h2 clears the deeper levels again.
    expect(records[2]!.hierarchy.lvl3).toBeNull();
    expect(records[0]!.weight).toEqual({ pageRank: 0, level: 100, position: 0 });
    expect(records[2]!.weight.level).toBe(90);
    expect(records[1]!.weight.level).toBe(0);
  });

  it('leaves out navigation, copy buttons, hash links and the edit link', () => {
    const text = JSON.stringify(records);
    for (const chrome of ['On this page', 'Copy', 'Edit this page', 'Home page', '\u200b']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('gives stable, unique object IDs from url, anchor and position', () => {
    expect(new Set(records.map((record) => record.objectID)).size).toBe(records.length);
    expect(recordsFromHtml({ html: fixture }).map((r) => r.objectID)).toEqual(
      records.map((r) => r.objectID),
    );
    expect(records[7]!.objectID).toBe(recordId(PAGE, 'error-14046', 7));
    expect(recordId(PAGE, 'a', 1)).not.toBe(recordId(PAGE, 'a', 2));
  });

  it('uses an explicit URL over the canonical link', () => {
    const [first] = recordsFromHtml({ html: fixture, url: 'http://127.0.0.1:3000/docs/x' });
    expect(first!.url).toBe('http://127.0.0.1:3000/docs/x');
  });

  it('skips pages without a doc body and noindex pages', () => {
    expect(
      recordsFromHtml({ html: '<html><body><main><h1>Tags</h1></main></body></html>' }),
    ).toEqual([]);
    const noindex = fixture.replace(
      '<head>',
      '<head><meta name="robots" content="noindex, nofollow">',
    );
    expect(recordsFromHtml({ html: noindex })).toEqual([]);
  });

  it('splits a long paragraph so that every record stays under 9 KB', () => {
    const sentence = 'Suspended records wait for a fix in the rating engine — «déjà vu» ✓. ';
    const long = fixture.replace('<p>The record', `<p>${sentence.repeat(600)}</p><p>The record`);
    const split = recordsFromHtml({ html: long });
    const pieces = split.filter((r) => r.content?.includes('rating engine'));
    expect(pieces.length).toBeGreaterThan(3);
    for (const record of split) {
      expect(Buffer.byteLength(JSON.stringify(record), 'utf8')).toBeLessThanOrEqual(
        MAX_RECORD_BYTES,
      );
    }
    // Nothing is lost: the pieces join back into the paragraph.
    expect(pieces.map((r) => r.content).join(' ')).toBe(sentence.repeat(600).trim());
    expect(new Set(split.map((r) => r.objectID)).size).toBe(split.length);
  });
});

describe('splitContent', () => {
  it('keeps short text whole and counts JSON escapes in the budget', () => {
    expect(splitContent('fits', 100)).toEqual(['fits']);
    const quoted = splitContent('"a" "b" "c"', 9);
    expect(quoted).toEqual(['"a"', '"b"', '"c"']);
  });

  it('cuts a single over-long word hard instead of looping', () => {
    const pieces = splitContent('x'.repeat(2500), 1000);
    expect(pieces.join('')).toBe('x'.repeat(2500));
    for (const piece of pieces)
      expect(Buffer.byteLength(JSON.stringify(piece))).toBeLessThanOrEqual(1000);
  });
});

describe('recordsFromBuild', () => {
  it('reads every HTML file of a build folder and names a missing build', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'records-'));
    fs.mkdirSync(path.join(dir, 'docs', 'errors'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'docs', 'errors', 'usage-suspense.html'), fixture);
    fs.writeFileSync(
      path.join(dir, '404.html'),
      '<html><body><main>Not found</main></body></html>',
    );
    expect(recordsFromBuild(dir)).toHaveLength(11);
    expect(() => recordsFromBuild(path.join(dir, 'nope'))).toThrow(/No build at/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
