import { describe, expect, it } from 'vitest';
import { parseFileLayout } from '../../../../src/allegro';
import { compileDateFormat } from '../../../../src/allegro/check/usage';
import { SAMPLE_LAYOUT_COMMA, SAMPLE_LAYOUT_FIXED } from '../../../../src/allegro/samples/usage';
import { DETAIL_ONLY_LAYOUT } from './helpers';

function codesOf(input: unknown): string[] {
  return parseFileLayout(input).issues.map((i) => i.code);
}

describe('parseFileLayout', () => {
  it('accepts a layout and fills defaults (string type, optional, double-quote)', () => {
    const { layout, issues } = parseFileLayout({
      name: 'minimal',
      format: { kind: 'delimited', delimiter: '|' },
      detail: { fields: [{ name: 'a' }] },
    });
    expect(issues).toEqual([]);
    expect(layout?.format).toEqual({
      kind: 'delimited',
      delimiter: '|',
      quoteChar: '"',
      trimValues: false,
      columnNames: 'none',
    });
    expect(layout?.detail.fields[0]).toEqual({ name: 'a', type: 'string', required: false });
  });

  it('USG-LAY-001: JSON syntax errors come back with line and column', () => {
    const { layout, issues } = parseFileLayout('{\n  "name": "x",\n  "format": }');
    expect(layout).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'USG-LAY-001',
      severity: 'error',
      line: 3,
      column: 13,
    });
    expect(issues[0]?.column).toBeGreaterThan(1);
  });

  it('accepts JSON text as well as objects', () => {
    expect(parseFileLayout(JSON.stringify(SAMPLE_LAYOUT_COMMA)).issues).toEqual([]);
  });

  it('USG-LAY-002: a misspelled key and a third delimiter are named with their path', () => {
    const { issues } = parseFileLayout({
      name: 'typo',
      format: { kind: 'delimited', delimeter: ';' },
      detail: { fields: [{ name: 'a' }] },
    });
    const messages = issues.map((i) => `${i.code} ${i.path ?? ''}: ${i.message}`);
    expect(messages.some((m) => m.startsWith('USG-LAY-002 format.delimiter:'))).toBe(true);
    expect(messages.some((m) => m.includes('delimeter'))).toBe(true);
  });

  it('USG-LAY-002: a header needs recordTypes, and by-value types need distinct values', () => {
    expect(codesOf({ ...SAMPLE_LAYOUT_COMMA, recordTypes: undefined })).toContain('USG-LAY-002');
    const same = { ...SAMPLE_LAYOUT_COMMA, detail: { ...SAMPLE_LAYOUT_COMMA.detail, value: 'H' } };
    expect(parseFileLayout(same).issues.map((i) => i.message)).toContain(
      'recordTypes: header, detail and trailer need different record-type values',
    );
  });

  it('USG-LAY-003: the duplicate key, control total and reference set must name real fields', () => {
    const issues = parseFileLayout({
      ...SAMPLE_LAYOUT_COMMA,
      duplicateKey: { composite: ['acct_no', 'acount_no'] },
      trailer: {
        ...SAMPLE_LAYOUT_COMMA.trailer,
        controlTotal: { field: 'total_units', sumOf: 'units' },
      },
      planInstances: { ...SAMPLE_LAYOUT_COMMA.planInstances, keyField: 'plan_no' },
    }).issues;
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['USG-LAY-003', 'trailer.controlTotal.sumOf'],
      ['USG-LAY-003', 'duplicateKey.composite[1]'],
      ['USG-LAY-003', 'planInstances.keyField'],
    ]);
  });

  it('a composite key needs two or more fields', () => {
    expect(codesOf({ ...DETAIL_ONLY_LAYOUT, duplicateKey: { composite: ['id'] } })).toEqual([
      'USG-LAY-002',
    ]);
  });

  it('USG-LAY-004: overlapping fixed-width fields and missing positions', () => {
    const overlapping = {
      ...SAMPLE_LAYOUT_FIXED,
      detail: {
        fields: [
          { name: 'record_id', start: 1, length: 12 },
          { name: 'acct_no', start: 12, length: 10 },
          { name: 'usage_units', type: 'decimal' },
        ],
      },
      duplicateKey: { recordId: 'record_id' },
      trailer: { ...SAMPLE_LAYOUT_FIXED.trailer, controlTotal: undefined },
    };
    const issues = parseFileLayout(overlapping).issues;
    expect(issues.map((i) => i.code)).toEqual(['USG-LAY-004', 'USG-LAY-004']);
    expect(issues.map((i) => i.message).join(' | ')).toContain(
      '"record_id" (1-12) and "acct_no" (12-21) overlap',
    );
  });

  it('USG-LAY-005: date patterns with unknown letters, and malformed boolean spellings', () => {
    const layout = {
      ...DETAIL_ONLY_LAYOUT,
      detail: {
        fields: [
          { name: 'id', required: true },
          { name: 'units', type: 'decimal' },
          { name: 'day', type: 'date', format: 'YYYY-MM-DD' },
          { name: 'flag', type: 'boolean', format: 'yes' },
        ],
      },
    };
    expect(codesOf(layout)).toEqual(['USG-LAY-005', 'USG-LAY-005']);
  });

  it('USG-LAY-006: plan-instance windows must be real dates, in order, listed once', () => {
    const layout = {
      ...SAMPLE_LAYOUT_COMMA,
      planInstances: {
        keyField: 'plan_instance_no',
        dateFields: ['usage_date'],
        instances: [
          { id: '1', start: '2026-02-30' },
          { id: '2', start: '2026-03-10', end: '2026-03-01' },
          { id: '2', start: '2026-01-01' },
        ],
      },
    };
    expect(parseFileLayout(layout).issues.map((i) => [i.code, i.path])).toEqual([
      ['USG-LAY-006', 'planInstances.instances[0].start'],
      ['USG-LAY-006', 'planInstances.instances[1].end'],
      ['USG-LAY-006', 'planInstances.instances[2].id'],
    ]);
  });

  it('never throws on odd input', () => {
    for (const input of [null, 42, 'not json', [], { name: 1 }, undefined, '{"a":']) {
      expect(() => parseFileLayout(input)).not.toThrow();
      expect(parseFileLayout(input).issues.length).toBeGreaterThan(0);
    }
  });
});

describe('date patterns', () => {
  const date = compileDateFormat('yyyy-MM-dd', 'date');
  const usageDate = compileDateFormat('yyyy-MM-dd[ HH:mm:ss]', 'datetime');
  const compact = compileDateFormat('yyyyMMddHHmmss', 'datetime');

  it('read valid dates as sortable numbers', () => {
    expect(date.ok && date.format.parse('2026-03-15')).toBe(20260315000000);
    expect(usageDate.ok && usageDate.format.parse('2026-03-15 23:59:59')).toBe(20260315235959);
    expect(usageDate.ok && usageDate.format.parse('2026-03-15')).toBe(20260315000000);
    expect(compact.ok && compact.format.parse('20260315083000')).toBe(20260315083000);
  });

  it('tell a wrong shape from an impossible date', () => {
    if (!date.ok || !usageDate.ok) throw new Error('patterns should compile');
    expect(date.format.parse('2026-3-15')).toBe('format');
    expect(date.format.parse('2026-03-15 ')).toBe('format');
    expect(usageDate.format.parse('2026-03-15 10:00')).toBe('format');
    expect(date.format.parse('2026-02-30')).toBe('impossible');
    expect(date.format.parse('2026-13-01')).toBe('impossible');
    expect(date.format.parse('0000-01-01')).toBe('impossible');
    expect(usageDate.format.parse('2026-03-15 24:00:00')).toBe('impossible');
    expect(usageDate.format.parse('2026-03-15 23:60:00')).toBe('impossible');
  });

  it('apply the Gregorian leap-year rule', () => {
    if (!date.ok) throw new Error('pattern should compile');
    expect(date.format.parse('2024-02-29')).toBe(20240229000000);
    expect(date.format.parse('2025-02-29')).toBe('impossible');
    expect(date.format.parse('2000-02-29')).toBe(20000229000000);
    expect(date.format.parse('1900-02-29')).toBe('impossible');
  });

  it('reject patterns that would silently match nothing', () => {
    expect(compileDateFormat('YYYY-MM-DD', 'date').ok).toBe(false);
    expect(compileDateFormat('yyyy-MM', 'date').ok).toBe(false);
    expect(compileDateFormat('yyyy-MM-dd', 'datetime').ok).toBe(false);
    expect(compileDateFormat("yyyy-MM-dd'T'HH:mm:ss", 'datetime').ok).toBe(true);
  });
});

describe('layout text', () => {
  it('reads YAML too, and gives schema issues the line of the setting', () => {
    const yaml = [
      'name: yaml layout',
      'format:',
      '  kind: delimited',
      '  delimiter: ";"',
      'detail:',
      '  fields:',
      '    - name: a',
      '',
    ].join('\n');
    const { issues } = parseFileLayout(yaml);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'USG-LAY-002', path: 'format.delimiter', line: 4 });
  });
});
