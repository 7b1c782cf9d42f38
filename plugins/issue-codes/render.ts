/**
 * Renders the error-code reference page (docs/reference/issue-codes.mdx) from the core's code
 * registry, so that the page and the checkers can never disagree. `npm run generate` writes the
 * file; a unit test fails when the committed page is stale.
 */
import type { CodeDefinition } from '../../src/allegro/codes';
import { codeAnchor } from '../../src/allegro/codes';

const CATEGORY_LABEL: Record<CodeDefinition['category'], string> = {
  'deployment-setup':
    '[deployment and setup](/docs/errors/error-categories#deployment-and-setup-errors)',
  functional: '[functional](/docs/errors/error-categories#functional-errors)',
};

const FAMILIES: { prefix: string; heading: string; intro: string }[] = [
  {
    prefix: 'CFG-',
    heading: 'Configuration checker codes',
    intro:
      'Reported by the configuration checker and by `npm run allegro -- check-config`. They point at a field of the configuration document by its path and line.',
  },
  {
    prefix: 'USG-',
    heading: 'Usage file checker codes',
    intro:
      'Reported by the usage file checker and by `npm run allegro -- check-usage`. They name the line, and the field by its position and name.',
  },
  {
    prefix: 'SIM-',
    heading: 'Simulator codes',
    intro:
      'Reported by the reprocessing simulators when a scenario asks for something the product refuses, or when the scenario itself is invalid.',
  },
];

/**
 * Makes registry text safe as MDX prose: braces and angle brackets would be read as code, and
 * identifiers such as `__proto__` would be read as emphasis, so tokens with underscores and
 * dotted host names become inline code. Text already in backticks is left alone.
 */
export function escapeMdx(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(`[^`]*`)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/[{}<>]/g, (ch) => `&#${ch.charCodeAt(0)};`)
            .replace(
              /(?<![\w`])((?:[a-z0-9-]+\.){2,}[a-z]{2,}(?:\/[\w/.-]*\w)?|\w*_\w+)/gi,
              '`$1`',
            ),
    )
    .join('');
}

function section(definition: CodeDefinition): string {
  const explained = definition.docs.anchor
    ? `${definition.docs.page}#${definition.docs.anchor}`
    : definition.docs.page;
  return [
    `### ${definition.code}: ${escapeMdx(definition.title)} {#${codeAnchor(definition.code)}}`,
    '',
    `**Severity:** ${definition.severity} · **Category:** ${CATEGORY_LABEL[definition.category]}`,
    '',
    `**Cause.** ${escapeMdx(definition.cause)}`,
    '',
    `**Fix.** ${escapeMdx(definition.fix)}`,
    '',
    `**Rule explained in:** [${explained}](${explained})`,
    '',
  ].join('\n');
}

export function renderIssueCodesPage(codes: readonly CodeDefinition[]): string {
  const counts = (severity: CodeDefinition['severity']) =>
    codes.filter((c) => c.severity === severity).length;
  const parts = [
    '---',
    'title: Issue codes',
    'description: Every code the configuration checker, the usage file checker and the simulators report, with its cause and fix.',
    'tags: [reference, errors, tools]',
    'toc_max_heading_level: 2',
    '---',
    '',
    '# Issue codes',
    '',
    `This page lists all ${codes.length} codes that the tools on this site can report: ${counts('error')} errors, ${counts('warning')} warnings and ${counts('info')} notes. Each code is stable, so you can search for it, link to it, or filter on it in your own pipeline. Every section gives the severity, the [error category](/docs/errors/error-categories) the problem belongs to, why it happens, what to do about it, and the page that explains the underlying rule.`,
    '',
    'This page is generated from the same code registry that the tools use, so it always lists exactly the codes they can report. An error means the configuration or file would fail or be rated wrongly; a warning means it is probably a mistake; a note points out something worth knowing that is not wrong in itself. Checkers report every finding, not only the first, so fix them in the order of the lines they point at and check again.',
    '',
  ];
  for (const family of FAMILIES) {
    const members = codes.filter((c) => c.code.startsWith(family.prefix));
    if (members.length === 0) continue;
    parts.push(`## ${family.heading}`, '', family.intro, '');
    for (const definition of [...members].sort((a, b) => a.code.localeCompare(b.code))) {
      parts.push(section(definition));
    }
  }
  const others = codes.filter((c) => !FAMILIES.some((f) => c.code.startsWith(f.prefix)));
  if (others.length > 0) {
    parts.push('## Other codes', '');
    for (const definition of others) parts.push(section(definition));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
