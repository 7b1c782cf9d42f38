import { describe, expect, it } from 'vitest';
import {
  CODE_INDEX,
  USAGE_CODES,
  checkUsageText,
  parseFileLayout,
  type FileLayoutInput,
  type UsageCheckOptions,
} from '../../../../src/allegro';
import {
  SAMPLE_LAYOUT_COMMA,
  SAMPLE_LAYOUT_FIXED,
  SAMPLE_LAYOUT_PIPE,
} from '../../../../src/allegro/samples/usage';
import { codesByLine, DETAIL_ONLY_LAYOUT, TINY_LAYOUT } from './helpers';

/** Pages and anchors the codes may point at (from the site plan and the written FAQ pages). */
const KNOWN_DOC_TARGETS = new Set([
  '/docs/faq/file-handling#what-file-formats-are-accepted',
  '/docs/faq/file-handling#how-are-duplicate-records-detected',
  '/docs/faq/file-handling#is-there-a-file-size-limit-or-naming-rule',
  '/docs/faq/usage-ingestion#what-can-a-usage-file-contain',
  '/docs/configuration/source-platforms-and-mediation#mapping',
  '/docs/reference/bulk-record-usage-m#usage-record-fields',
  '/docs/reference/bulk-record-usage-m#error-1010',
  '/docs/reference/bulk-record-usage-m#error-1016',
  '/docs/reference/bulk-record-usage-m#error-1024',
  '/docs/errors/usage-suspense#no-service-found',
  '/docs/errors/usage-suspense#suspense-reasons',
]);

const H = 'H,2026-03-01';

interface Case {
  code: string;
  text: string;
  layout: FileLayoutInput;
  options?: UsageCheckOptions;
  /** Every issue expected, as [line, code]. */
  expected: Array<[number | undefined, string]>;
}

const cases: Case[] = [
  { code: 'USG-FIL-001', text: '', layout: TINY_LAYOUT, expected: [[undefined, 'USG-FIL-001']] },
  {
    code: 'USG-FIL-002',
    text: `\uFEFF${H}\nD,a,1,\nT,1,1\n`,
    layout: TINY_LAYOUT,
    expected: [[1, 'USG-FIL-002']],
  },
  {
    // A NUL on line 2 (binary data): line 1 is checked, the rest is reported once and skipped.
    code: 'USG-FIL-003',
    text: `${H}\nD,a\u0000\u0001,1,\nT,9,9\n`,
    layout: TINY_LAYOUT,
    expected: [[2, 'USG-FIL-003']],
  },
  {
    // UTF-16 LE with a byte order mark, read as UTF-8: FF FE become two replacement characters.
    code: 'USG-FIL-003',
    text: `\uFFFD\uFFFD${[...`${H}\nT,0,0\n`].map((c) => `${c}\u0000`).join('')}`,
    layout: TINY_LAYOUT,
    expected: [[1, 'USG-FIL-003']],
  },
  {
    code: 'USG-STR-001',
    text: 'D,a,1,\nT,1,1\n',
    layout: TINY_LAYOUT,
    expected: [[1, 'USG-STR-001']],
  },
  {
    code: 'USG-STR-002',
    text: `${H}\nD,a,1,\n${H}\nT,1,1\n`,
    layout: TINY_LAYOUT,
    expected: [[3, 'USG-STR-002']],
  },
  {
    code: 'USG-STR-003',
    text: `${H}\nD,a,1,\n`,
    layout: TINY_LAYOUT,
    expected: [[undefined, 'USG-STR-003']],
  },
  {
    code: 'USG-STR-004',
    text: `${H}\nD,a,1,\nT,1,1\nD,b,2,\n`,
    layout: TINY_LAYOUT,
    // The detail after the trailer is not in the trailer's count, so the count also differs.
    expected: [
      [3, 'USG-STR-004'],
      [3, 'USG-TRL-001'],
      [3, 'USG-TRL-002'],
    ],
  },
  {
    code: 'USG-STR-005',
    text: `${H}\nD,a,1,\nZ,b,2,\nT,1,1\n`,
    layout: TINY_LAYOUT,
    expected: [[3, 'USG-STR-005']],
  },
  {
    code: 'USG-STR-006',
    text: 'id,quantity,note\na,1,\n',
    layout: {
      ...DETAIL_ONLY_LAYOUT,
      format: { kind: 'delimited', delimiter: ',', columnNames: 'first-line' },
    },
    expected: [[1, 'USG-STR-006']],
  },
  {
    code: 'USG-ROW-001',
    text: 'a,1\n',
    layout: DETAIL_ONLY_LAYOUT,
    expected: [[1, 'USG-ROW-001']],
  },
  {
    code: 'USG-ROW-004',
    text: 'a,1,"quoted"tail\nb,2,\n',
    layout: DETAIL_ONLY_LAYOUT,
    expected: [[1, 'USG-ROW-004']],
  },
  {
    code: 'USG-ROW-005',
    text: 'a,1,\n\nb,2,\n',
    layout: DETAIL_ONLY_LAYOUT,
    expected: [[2, 'USG-ROW-005']],
  },
  {
    code: 'USG-ROW-006',
    text: `a,1,"${'x'.repeat(80)}\nb,2,\n`,
    layout: DETAIL_ONLY_LAYOUT,
    options: { maxRecordLength: 40 },
    expected: [[1, 'USG-ROW-006']],
  },
  {
    code: 'USG-VAL-003',
    text: `${H}\nD,a,1,\nT,1.0,1\n`,
    layout: TINY_LAYOUT,
    expected: [[3, 'USG-VAL-003']],
  },
  {
    code: 'USG-VAL-006',
    text: 'H,MOBILE_APP,2026-03-16,0\nD,1,2001,SMS,2026-03-15,1,,\nT,1,1\n',
    layout: SAMPLE_LAYOUT_COMMA,
    expected: [[1, 'USG-VAL-006']],
  },
  {
    code: 'USG-DUP-002',
    text: 'a,1,\nb,1,\nc,1,\na,1,\nc,1,\n',
    layout: DETAIL_ONLY_LAYOUT,
    options: { maxTrackedKeys: 2 },
    // a is remembered (duplicate found), c came after the limit (not remembered, not found).
    expected: [
      [3, 'USG-DUP-002'],
      [4, 'USG-DUP-001'],
    ],
  },
];

describe('usage issue codes', () => {
  it.each(cases)(
    '$code: a minimal file produces it, on the right line',
    ({ text, layout, options, expected }) => {
      const report = checkUsageText(text, layout, options);
      expect(codesByLine(report)).toEqual(expected);
    },
  );

  it('every code is registered in the one registry with a known docs target', () => {
    for (const definition of USAGE_CODES) {
      expect(CODE_INDEX.get(definition.code)).toBe(definition);
      const target = `${definition.docs.page}#${definition.docs.anchor ?? ''}`;
      expect(KNOWN_DOC_TARGETS, definition.code).toContain(target);
    }
  });

  it('has unique codes with the USG- prefix', () => {
    const all = USAGE_CODES.map((c) => c.code);
    expect(new Set(all).size).toBe(all.length);
    for (const code of all) expect(code).toMatch(/^USG-[A-Z]{3}-\d{3}$/);
  });

  it('every code is produced somewhere in these tests or the sample files', async () => {
    const { USAGE_SAMPLES } = await import('../../../../src/allegro/samples/usage');
    const seen = new Set<string>();
    for (const c of cases) for (const [, code] of c.expected) seen.add(code);
    for (const sample of USAGE_SAMPLES) for (const row of sample.expected) seen.add(row.code);
    // Layout codes are covered in layout.test.ts.
    const layoutCodes = [
      'USG-LAY-001',
      'USG-LAY-002',
      'USG-LAY-003',
      'USG-LAY-004',
      'USG-LAY-005',
      'USG-LAY-006',
    ];
    for (const code of layoutCodes) seen.add(code);
    expect(USAGE_CODES.map((c) => c.code).filter((code) => !seen.has(code))).toEqual([]);
  });

  it('every issue a checker emits carries a registered code, its severity and docs link', () => {
    for (const layout of [SAMPLE_LAYOUT_COMMA, SAMPLE_LAYOUT_PIPE, SAMPLE_LAYOUT_FIXED]) {
      const report = checkUsageText('garbage,"\n\n|x|y\r\nH,1\nT,a,b\n', layout);
      for (const issue of report.issues) {
        const definition = CODE_INDEX.get(issue.code);
        expect(definition, issue.code).toBeDefined();
        expect(issue.severity).toBe(definition?.severity);
        expect(issue.docsUrl).toBe(`/docs/reference/issue-codes#${issue.code.toLowerCase()}`);
      }
    }
    expect(parseFileLayout({}).issues.every((i) => CODE_INDEX.has(i.code))).toBe(true);
  });
});
