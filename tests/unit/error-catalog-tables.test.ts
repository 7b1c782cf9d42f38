import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { VFile } from 'vfile';
import remarkErrorCatalogTables, {
  expressionAttribute,
  jsonToEstree,
} from '../../plugins/error-catalog-tables';
import { parseMdx } from '../../plugins/mdx-source';
import { buildCatalogTable } from '../../src/allegro/troubleshoot/catalog-tables';
import { PRODUCT_ENTRIES } from '../../src/allegro/troubleshoot/product-entries';

/** Evaluates the literal estree the plugin writes (the subset it uses). */
function evaluate(node: Record<string, unknown>): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'ArrayExpression':
      return (node.elements as Record<string, unknown>[]).map(evaluate);
    case 'ObjectExpression':
      return Object.fromEntries(
        (node.properties as Record<string, Record<string, unknown>>[]).map((p) => [
          p.key?.value,
          evaluate(p.value as Record<string, unknown>),
        ]),
      );
    default:
      throw new Error(`unexpected ${String(node.type)}`);
  }
}

async function transform(source: string): Promise<MdxJsxFlowElement[]> {
  const tree = (await parseMdx(source)) as Root;
  const file = new VFile({ path: 'docs/errors/example.mdx', value: source });
  (remarkErrorCatalogTables as unknown as () => (tree: Root, file: VFile) => void)()(tree, file);
  return tree.children.filter(
    (n): n is MdxJsxFlowElement => n.type === 'mdxJsxFlowElement' && n.name === 'ErrorCatalogTable',
  );
}

describe('error-catalog-tables remark plugin', () => {
  it('adds the rows the catalog builds as a literal table attribute', async () => {
    const [node] = await transform(
      'Intro.\n\n<ErrorCatalogTable source="product" caption="All product errors" />\n',
    );
    const attribute = node?.attributes.find(
      (a) => a.type === 'mdxJsxAttribute' && a.name === 'table',
    );
    const value = attribute?.value as unknown as {
      value: string;
      data: { estree: { body: { expression: Record<string, unknown> }[] } };
    };
    const expected = buildCatalogTable({ source: 'product', caption: 'All product errors' });
    expect(expected.ok).toBe(true);
    if (!expected.ok) return;
    expect(JSON.parse(value.value)).toEqual(expected.table);
    expect(evaluate(value.data.estree.body[0]!.expression)).toEqual(expected.table);
    expect(expected.table.rows).toHaveLength(PRODUCT_ENTRIES.length);
  });

  it('fails the build for a table the catalog cannot build, naming the problem', async () => {
    await expect(transform('<ErrorCatalogTable variant="causes" id="nope" />\n')).rejects.toThrow(
      'ErrorCatalogTable: No catalog entry with the id “nope”.',
    );
    await expect(transform('<ErrorCatalogTable colour="red" />\n')).rejects.toThrow(
      'unknown attribute “colour”',
    );
    await expect(transform("<ErrorCatalogTable ids={['a']} />\n")).rejects.toThrow(
      'write ids="…" as a plain string',
    );
  });

  it('writes JSON values as estree literals', () => {
    expect(evaluate(jsonToEstree({ a: [1, 'two', true, null], b: { c: 'd' } }))).toEqual({
      a: [1, 'two', true, null],
      b: { c: 'd' },
    });
    expect(() => jsonToEstree(() => 1)).toThrow();
    expect(expressionAttribute('x', [1]).value).toMatchObject({ value: '[1]' });
  });
});

describe('buildCatalogTable', () => {
  it('rejects unknown variants, filters and apis', () => {
    expect(buildCatalogTable({ variant: 'fancy' })).toEqual({
      ok: false,
      error: 'Unknown table variant “fancy”.',
    });
    expect(buildCatalogTable({ category: 'cosmetic' }).ok).toBe(false);
    expect(buildCatalogTable({ variant: 'api-codes', api: 'get_usage' }).ok).toBe(false);
    expect(buildCatalogTable({ ids: 'kafka-topic-setup no-such-id' })).toEqual({
      ok: false,
      error: 'No catalog entry with the id “no-such-id”.',
    });
  });

  it('builds the discard_usage_m codes with links to their sections', () => {
    const result = buildCatalogTable({ variant: 'api-codes', api: 'discard_usage_m' });
    expect(result.ok && result.table.rows.map((r) => r.cells[0])).toEqual(
      [23001, 23002, 23003, 23004, 23005].map((code) => [
        { text: String(code), href: `/docs/reference/discard-usage-m#error-${code}` },
      ]),
    );
  });
});
