/**
 * Build-time validation of every doc's front matter.
 *
 * Docusaurus calls `parseFrontMatter` for each Markdown/MDX file; we parse with the default
 * parser and then validate the result with a strict zod schema, so a typo in a key or a
 * missing description fails the build with the file and the field named.
 */
import * as z from 'zod';

/** Tags a page may carry. Add a tag here (and to the docs of CONTRIBUTING.md) before using it. */
export const ALLOWED_TAGS = [
  'faq',
  'architecture',
  'errors',
  'reprocessing',
  'suspense',
  'sync',
  'configuration',
  'rating',
  'pooling',
  'ingestion',
  'deployment',
  'api',
  'reference',
  'tools',
  'troubleshooting',
  'checklist',
  'glossary',
  'roadmap',
] as const;

export const docFrontMatterSchema = z
  .object({
    title: z.string().trim().min(3, 'title must have at least 3 characters'),
    description: z
      .string()
      .trim()
      .min(20, 'description must be a full sentence of at least 20 characters')
      .max(200, 'description must be at most 200 characters (it becomes the meta description)'),
    tags: z.array(z.enum(ALLOWED_TAGS)).optional(),
    sidebar_label: z.string().min(1).optional(),
    sidebar_position: z.number().int().nonnegative().optional(),
    slug: z.string().startsWith('/').optional(),
    keywords: z.array(z.string().min(1)).optional(),
    hide_table_of_contents: z.boolean().optional(),
    toc_max_heading_level: z.number().int().min(2).max(6).optional(),
    pagination_next: z.string().nullable().optional(),
    pagination_prev: z.string().nullable().optional(),
    last_update: z
      .object({ date: z.string().optional(), author: z.string().optional() })
      .strict()
      .optional(),
  })
  .strict();

export type DocFrontMatter = z.infer<typeof docFrontMatterSchema>;

/** Formats zod issues as "file: field: message" lines. */
export function describeFrontMatterIssues(filePath: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(front matter)';
    return `  - ${field}: ${issue.message}`;
  });
  return `Invalid front matter in ${filePath}:\n${lines.join('\n')}`;
}

/**
 * Validates front matter of docs only (files under /docs/); pages and partials (files whose
 * name starts with "_") are left alone.
 */
export function validateDocFrontMatter(
  filePath: string,
  frontMatter: Record<string, unknown>,
): void {
  const normalized = filePath.replace(/\\/g, '/');
  if (!/\/docs\//.test(normalized)) return;
  const base = normalized.split('/').pop() ?? '';
  if (base.startsWith('_')) return;
  const result = docFrontMatterSchema.safeParse(frontMatter);
  if (!result.success) {
    throw new Error(describeFrontMatterIssues(normalized, result.error));
  }
}
