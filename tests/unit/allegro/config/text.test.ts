/**
 * Reading configuration text: format detection, syntax errors with line and column, guards
 * against hostile input, and the mapping of every finding to the line it is about.
 */
import { describe, expect, it } from 'vitest';
import { checkConfigText, parseConfigText } from '../../../../src/allegro/check/config';
import { detectFormat } from '../../../../src/allegro/check/config-parse';
import { SAMPLE_CONFIG_CLEAN_JSON } from '../../../../src/allegro/samples/config';
import { codes } from './helpers';

describe('format detection', () => {
  it('treats text that opens with { or [ as JSON and everything else as YAML', () => {
    expect(detectFormat('  \n{"client": {}}')).toBe('json');
    expect(detectFormat('\uFEFF[1]')).toBe('json');
    expect(detectFormat('client:\n  id: 1')).toBe('yaml');
    expect(detectFormat('# comment\n{a: 1}')).toBe('yaml');
  });

  it('reads the clean sample the same way as JSON and as YAML', () => {
    const asJson = checkConfigText(SAMPLE_CONFIG_CLEAN_JSON);
    const asYaml = checkConfigText(SAMPLE_CONFIG_CLEAN_JSON, { format: 'yaml' });
    expect(asJson.issues).toEqual([]);
    expect(asYaml.issues).toEqual([]);
    expect(asYaml.normalized).toEqual(asJson.normalized);
  });
});

describe('syntax errors', () => {
  it('gives the line and column of a missing comma in JSON', () => {
    const result = checkConfigText(
      '{\n  "client": {"id": 1, "name": "x"}\n  "jobSchedules": []\n}',
    );
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'CFG-SYN-001', line: 3, column: 3 });
    expect(result.issues[0]!.message).toContain('expected "," or "}"');
    expect(result.normalized).toBeUndefined();
  });

  it('refuses a trailing comma in JSON', () => {
    const result = checkConfigText('{"client": {"id": 1, "name": "x"},}');
    expect(result.issues[0]).toMatchObject({ code: 'CFG-SYN-001', line: 1, column: 35 });
  });

  it('points at an unclosed text value in JSON', () => {
    const result = checkConfigText('{\n"client": {"id": 1, "name": "x}}');
    expect(result.issues[0]).toMatchObject({ code: 'CFG-SYN-001', line: 2 });
    expect(result.issues[0]!.message).toContain('not closed');
  });

  it('gives the line and column of bad YAML indentation', () => {
    const result = checkConfigText('client:\n  id: 1\n   name: x\n');
    expect(new Set(codes(result))).toEqual(new Set(['CFG-SYN-002']));
    expect(result.issues[0]).toMatchObject({ line: 2, column: 7 });
  });

  it('reports an unclosed YAML flow list', () => {
    const result = checkConfigText('client: {id: 1, name: x}\njobSchedules: [\n');
    expect(codes(result)).toContain('CFG-SYN-002');
  });

  it('reports duplicate keys in JSON and in YAML', () => {
    const json = checkConfigText('{"client": {"id": 1, "name": "x", "name": "y"}}');
    expect(json.issues[0]).toMatchObject({ code: 'CFG-SYN-007', line: 1, column: 35 });
    const yaml = checkConfigText('client:\n  id: 1\n  name: x\n  name: y\n');
    expect(yaml.issues[0]).toMatchObject({ code: 'CFG-SYN-007', line: 4 });
  });

  it('reports an empty document', () => {
    expect(codes(checkConfigText(''))).toEqual(['CFG-SYN-005']);
    expect(codes(checkConfigText('   \n# only a comment\n'))).toEqual(['CFG-SYN-005']);
    expect(codes(checkConfigText('null'))).toEqual(['CFG-SYN-005']);
  });

  it('refuses a document that is not an object', () => {
    const result = checkConfigText('- 1\n- 2\n');
    expect(codes(result)).toEqual(['CFG-SCH-004']);
    expect(result.issues[0]!.message).toContain('is a list');
  });
});

describe('hostile input', () => {
  it('drops __proto__ keys without touching any prototype', () => {
    const json = checkConfigText(
      '{"__proto__": {"polluted": true}, "client": {"id": 1, "name": "x"}}',
    );
    expect(json.issues[0]).toMatchObject({ code: 'CFG-SYN-003', path: '__proto__', line: 1 });
    const yaml = checkConfigText(
      'client: {id: 1, name: x}\nconstructor:\n  prototype: {polluted: true}\n',
    );
    expect(yaml.issues[0]).toMatchObject({ code: 'CFG-SYN-003', path: 'constructor', line: 2 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('parseConfigText returns plain data without the forbidden keys', () => {
    const { doc, issues } = parseConfigText('{"a": {"__proto__": {"x": 1}, "b": 2}}');
    expect(doc).toEqual({ a: { b: 2 } });
    expect(Object.getPrototypeOf((doc as { a: object }).a)).toBe(Object.prototype);
    expect(issues).toMatchObject([
      { code: 'CFG-SYN-003', path: 'a.__proto__', line: 1, column: 8 },
    ]);
  });

  it('refuses absurd nesting in JSON and in YAML without overflowing the stack', () => {
    expect(codes(checkConfigText('['.repeat(100_000)))).toEqual(['CFG-SYN-004']);
    expect(codes(checkConfigText(`a: ${'['.repeat(100_000)}`))).toEqual(['CFG-SYN-004']);
    const deepBlock = Array.from({ length: 80 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n');
    expect(codes(checkConfigText(deepBlock))).toEqual(['CFG-SYN-004']);
  });

  it('refuses YAML aliases that expand into a huge document', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level <= 8; level += 1) {
      const previous = `*a${level - 1}`;
      lines.push(`a${level}: &a${level} [${Array(10).fill(previous).join(', ')}]`);
    }
    expect(codes(checkConfigText(lines.join('\n')))).toEqual(['CFG-SYN-006']);
  });

  it('refuses text over the size limit before reading it', () => {
    const result = checkConfigText(`# ${'x'.repeat(5_000_001)}`);
    expect(codes(result)).toEqual(['CFG-SYN-006']);
  });
});

describe('line numbers of findings', () => {
  const yaml = [
    'client:', //                                 1
    '  id: 4000123', //                           2
    '  name: Acme Telco', //                      3
    'resources:', //                              4
    '  currencies:', //                           5
    '    - id: USD', //                           6
    '      name: US Dollar', //                   7
    '      roundingMethod: HALF_DOWN', //         8
    '    - id: usd', //                           9
    '      name: lower case', //                  10
    '      roundingMethod: DOWN', //              11
    'jobSchedules:', //                           12
    '  - name: Daily', //                         13
    '    frequency: DAILY', //                    14
    '    time: "01:00:00"', //                    15
    '    descripton: typo', //                    16
  ].join('\n');

  it('puts each finding on the line of the key it is about, in line order', () => {
    const result = checkConfigText(yaml);
    expect(result.issues.map((issue) => [issue.code, issue.line, issue.column])).toEqual([
      ['CFG-FLD-001', 3, 3],
      ['CFG-SCH-005', 9, 7],
      ['CFG-SCH-002', 16, 5],
      ['CFG-CORE-006', undefined, undefined],
    ]);
    expect(result.issues[2]!.message).toContain('probably a typo for "description"');
  });

  it('points a missing field at the record that lacks it', () => {
    const result = checkConfigText(
      '{\n  "client": {"id": 1, "name": "x"},\n  "resources": {"currencies": [\n    {"id": "USD", "name": "US Dollar"}\n  ]}\n}',
    );
    const missing = result.issues.find((issue) => issue.code === 'CFG-SCH-001');
    expect(missing).toMatchObject({
      path: 'resources.currencies[0].roundingMethod',
      line: 4,
      column: 5,
    });
  });

  it('maps findings to lines in minified JSON by column', () => {
    const text = JSON.stringify(JSON.parse(SAMPLE_CONFIG_CLEAN_JSON)).replace(
      '"roundingMethod":"DOWN"',
      '"roundingMethod":"NEAREST"',
    );
    const result = checkConfigText(text);
    const issue = result.issues.find((found) => found.code === 'CFG-RES-001');
    expect(issue?.line).toBe(1);
    expect(text.slice((issue?.column ?? 0) - 1)).toMatch(/^"roundingMethod":"NEAREST"/);
  });
});
