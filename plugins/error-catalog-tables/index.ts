/**
 * Remark plugin: fills every `<ErrorCatalogTable … />` on a docs page with its rows, built from the
 * error catalog (src/allegro/troubleshoot) at build time.
 *
 * The page writes plain string attributes (variant, category, component, source, ids, api, id,
 * basis, caption); the plugin adds a `table` expression attribute holding the rows as a literal.
 * So the component needs no catalog code in the browser, the page ships only its own rows, and
 * the tables always agree with the error decoder, which reads the same catalog. A table the
 * catalog cannot build (unknown id, variant or filter) fails the build with the file and line.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import {
  buildCatalogTable,
  type CatalogTableSpec,
} from '../../src/allegro/troubleshoot/catalog-tables';

export const COMPONENT_NAME = 'ErrorCatalogTable';

const SPEC_KEYS = [
  'variant',
  'category',
  'component',
  'source',
  'ids',
  'api',
  'id',
  'basis',
  'caption',
] as const satisfies readonly (keyof CatalogTableSpec)[];

type EstreeExpression = Record<string, unknown>;

/** An ESTree literal expression for plain JSON data (objects, arrays, strings, numbers, booleans). */
export function jsonToEstree(value: unknown): EstreeExpression {
  if (Array.isArray(value)) {
    return { type: 'ArrayExpression', elements: value.map(jsonToEstree) };
  }
  if (value !== null && typeof value === 'object') {
    return {
      type: 'ObjectExpression',
      properties: Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([key, v]) => ({
          type: 'Property',
          key: { type: 'Literal', value: key, raw: JSON.stringify(key) },
          value: jsonToEstree(v),
          kind: 'init',
          method: false,
          shorthand: false,
          computed: false,
        })),
    };
  }
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return { type: 'Literal', value, raw: JSON.stringify(value) };
  }
  throw new TypeError(`Cannot write ${typeof value} as a literal`);
}

/** A JSX attribute `name={<value as a literal>}` with the estree MDX compiles from. */
export function expressionAttribute(name: string, value: unknown): MdxJsxAttribute {
  const expression = jsonToEstree(value);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{ type: 'ExpressionStatement', expression }],
          comments: [],
        } as never,
      },
    },
  };
}

function readSpec(node: MdxJsxFlowElement, file: VFile): CatalogTableSpec {
  const spec: CatalogTableSpec = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      file.fail(`${COMPONENT_NAME}: spread attributes are not supported`, node);
    }
    const key = SPEC_KEYS.find((k) => k === attribute.name);
    if (!key) {
      file.fail(`${COMPONENT_NAME}: unknown attribute “${attribute.name}”`, node);
    }
    if (typeof attribute.value !== 'string') {
      file.fail(`${COMPONENT_NAME}: write ${attribute.name}="…" as a plain string`, node);
    }
    spec[key] = attribute.value;
  }
  return spec;
}

function visit(node: { children?: unknown[] }, found: MdxJsxFlowElement[]): void {
  for (const child of node.children ?? []) {
    const element = child as MdxJsxFlowElement & { children?: unknown[] };
    if (element.type === 'mdxJsxFlowElement' && element.name === COMPONENT_NAME)
      found.push(element);
    if (element.children) visit(element, found);
  }
}

const remarkErrorCatalogTables: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const found: MdxJsxFlowElement[] = [];
  visit(tree, found);
  for (const node of found) {
    const result = buildCatalogTable(readSpec(node, file));
    if (!result.ok) file.fail(`${COMPONENT_NAME}: ${result.error}`, node);
    node.attributes.push(expressionAttribute('table', result.table));
  }
};

export default remarkErrorCatalogTables;
