/**
 * FileLayout: how a usage file is laid out, the way a mediation mapping describes it.
 *
 * Allegro reads delimited or position-based (fixed-width) text files, and one file may mix
 * record structures: a header, detail records and a trailer. Duplicate protection works per
 * record, on either a unique record id supplied by the source or a composite of two or more
 * attributes. This schema captures those choices so that a file can be checked before it is
 * dropped into a source platform's input folder.
 *
 * The public documentation does not publish Allegro's own layout format, so this is our own
 * model of the settings, not an Allegro export format.
 */
import { z } from 'zod';
import { docsUrlFor } from '../code-links';
import type { Issue } from '../issue';
import { readConfigText } from '../check/config-parse';
import {
  compileDateFormat,
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATETIME_FORMAT,
  parseWindowBound,
} from '../check/usage/date-format';

export const FIELD_TYPES = ['string', 'integer', 'decimal', 'date', 'datetime', 'boolean'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Default number of issues a check keeps in its report (all are still counted). */
export const DEFAULT_MAX_STORED_ISSUES = 1000;

const fieldName = z
  .string()
  .regex(
    /^[A-Za-z_][A-Za-z0-9_.-]*$/,
    'field names use letters, digits, "_", "." or "-" and start with a letter or "_"',
  );

const decimalText = z
  .string()
  .regex(
    /^[+-]?(\d+(\.\d*)?|\.\d+)$/,
    'write the number as plain decimal text, for example "0" or "-10.5"',
  );

export const FieldSchema = z.strictObject({
  name: fieldName,
  type: z.enum(FIELD_TYPES).default('string'),
  /**
   * Pattern for dates (default yyyy-MM-dd) and date-times (default yyyy-MM-dd HH:mm:ss), or the
   * true/false spelling for booleans as "true/false", "Y/N" or "1/0" (default "true/false").
   */
  format: z.string().min(1).optional(),
  required: z.boolean().default(false),
  /** Longest allowed value in characters (delimited files; fixed-width fields use `length`). */
  maxLength: z.number().int().positive().optional(),
  /** Fixed-width only: 1-based start position and width in characters. */
  start: z.number().int().positive().optional(),
  length: z.number().int().positive().optional(),
  /** Numbers only: most digits allowed after the decimal point (e.g. 2 for an `amt`). */
  maxScale: z.number().int().min(0).optional(),
  /** Numbers only: inclusive bounds. */
  min: decimalText.optional(),
  max: decimalText.optional(),
  description: z.string().optional(),
});
export type FieldLayout = z.infer<typeof FieldSchema>;

const recordLayout = {
  /** Value of the record-type field that marks this record type (when identified by value). */
  value: z.string().min(1).optional(),
  fields: z.array(FieldSchema).min(1),
};

export const HeaderLayoutSchema = z.strictObject(recordLayout);
export const DetailLayoutSchema = z.strictObject(recordLayout);

export const TrailerLayoutSchema = z.strictObject({
  ...recordLayout,
  /**
   * The trailer field that holds the record count, and what it counts. `counts` is our
   * assumption, not a documented Allegro rule: 'detail' counts detail records only (the
   * default), 'all' counts every record including the header and the trailer itself.
   */
  recordCount: z.strictObject({
    field: fieldName,
    counts: z.enum(['detail', 'all']).default('detail'),
  }),
  /** Optional control total: the trailer field must equal the sum of a detail field. */
  controlTotal: z.strictObject({ field: fieldName, sumOf: fieldName }).optional(),
});

export const DelimitedFormatSchema = z.strictObject({
  kind: z.literal('delimited'),
  /** One delimiter per file: comma or pipe (the two that core Aria's loader accepts). */
  delimiter: z.enum([',', '|']),
  quoteChar: z.string().length(1).default('"'),
  /** Remove spaces around values before checking them (default: keep them, so " 42" is not a number). */
  trimValues: z.boolean().default(false),
  /**
   * 'first-line' when the first line holds column names instead of a record; it is compared
   * with the detail field names and not counted as a record.
   */
  columnNames: z.enum(['none', 'first-line']).default('none'),
});

export const FixedWidthFormatSchema = z.strictObject({
  kind: z.literal('fixed-width'),
});

export const FileLayoutSchema = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    format: z.discriminatedUnion('kind', [DelimitedFormatSchema, FixedWidthFormatSchema]),
    /**
     * How header, detail and trailer records are told apart: by the value of a record-type
     * field that every record type defines at the same position, or by line position (header
     * = first record, trailer = last record). Needed only when a header or trailer is defined.
     */
    recordTypes: z
      .discriminatedUnion('by', [
        z.strictObject({ by: z.literal('value'), field: fieldName }),
        z.strictObject({ by: z.literal('line') }),
      ])
      .optional(),
    header: HeaderLayoutSchema.optional(),
    detail: DetailLayoutSchema,
    trailer: TrailerLayoutSchema.optional(),
    /** Record-level duplicate protection: a unique record id, or a composite of 2+ fields. */
    duplicateKey: z
      .union([
        z.strictObject({ recordId: fieldName }),
        z.strictObject({
          composite: z.array(fieldName).min(2, 'a composite key needs two or more fields'),
        }),
      ])
      .optional(),
    /**
     * Optional reference set: plan instances and their active windows. A detail record whose
     * date lies outside its plan instance's window would go to suspense ("No Service found").
     * Bounds are yyyy-MM-dd or yyyy-MM-dd HH:mm:ss; a date-only end covers that whole day; no
     * end means still active.
     */
    planInstances: z
      .strictObject({
        keyField: fieldName,
        dateFields: z.array(fieldName).min(1),
        instances: z.array(
          z.strictObject({
            id: z.string().min(1),
            start: z.string(),
            end: z.string().optional(),
          }),
        ),
      })
      .optional(),
    maxStoredIssues: z.number().int().positive().optional(),
  })
  .superRefine((layout, ctx) => {
    const add = (code: string, message: string, path: (string | number)[]): void => {
      ctx.addIssue({ code: 'custom', message, path, params: { usageCode: code } });
    };
    const types = (['header', 'detail', 'trailer'] as const).filter((t) => layout[t] !== undefined);
    const fixed = layout.format.kind === 'fixed-width';

    for (const type of types) {
      const record = layout[type];
      if (!record) continue;
      const seen = new Set<string>();
      record.fields.forEach((field, i) => {
        const at = [type, 'fields', i];
        if (seen.has(field.name))
          add('USG-LAY-003', `${type} defines field "${field.name}" twice`, [...at, 'name']);
        seen.add(field.name);
        if (fixed && (field.start === undefined || field.length === undefined)) {
          add('USG-LAY-004', `fixed-width field "${field.name}" needs both start and length`, at);
        }
        if (!fixed && (field.start !== undefined || field.length !== undefined)) {
          add(
            'USG-LAY-004',
            `field "${field.name}": start and length apply to fixed-width files only`,
            at,
          );
        }
        if (field.type === 'date' || field.type === 'datetime') {
          const compiled = compileDateFormat(
            field.format ?? (field.type === 'date' ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT),
            field.type,
          );
          if (!compiled.ok)
            add('USG-LAY-005', `field "${field.name}": ${compiled.error}`, [...at, 'format']);
        } else if (field.type === 'boolean' && field.format !== undefined) {
          const parts = field.format.split('/');
          if (
            parts.length !== 2 ||
            !parts[0] ||
            !parts[1] ||
            parts[0].toLowerCase() === parts[1].toLowerCase()
          ) {
            add(
              'USG-LAY-005',
              `field "${field.name}": a boolean format is "yes/no" spelling such as "true/false" or "Y/N"`,
              [...at, 'format'],
            );
          }
        } else if (field.format !== undefined) {
          add(
            'USG-LAY-005',
            `field "${field.name}": format applies to date, datetime and boolean fields only`,
            [...at, 'format'],
          );
        }
        const numeric = field.type === 'integer' || field.type === 'decimal';
        if (
          !numeric &&
          (field.maxScale !== undefined || field.min !== undefined || field.max !== undefined)
        ) {
          add(
            'USG-LAY-002',
            `field "${field.name}": maxScale, min and max apply to integer and decimal fields only`,
            at,
          );
        }
      });
      if (fixed) {
        const spans = record.fields
          .filter((f) => f.start !== undefined && f.length !== undefined)
          .map((f) => ({
            name: f.name,
            from: f.start as number,
            to: (f.start as number) + (f.length as number) - 1,
          }))
          .sort((a, b) => a.from - b.from);
        for (let i = 1; i < spans.length; i += 1) {
          const prev = spans[i - 1];
          const cur = spans[i];
          if (prev && cur && cur.from <= prev.to) {
            add(
              'USG-LAY-004',
              `${type} fields "${prev.name}" (${prev.from}-${prev.to}) and "${cur.name}" (${cur.from}-${cur.to}) overlap`,
              [type, 'fields'],
            );
          }
        }
      }
    }

    const hasHeaderOrTrailer = layout.header !== undefined || layout.trailer !== undefined;
    if (hasHeaderOrTrailer && layout.recordTypes === undefined) {
      add(
        'USG-LAY-002',
        'a layout with a header or trailer needs recordTypes (by "value" or by "line")',
        ['recordTypes'],
      );
    }
    if (layout.recordTypes?.by === 'value') {
      const typeField = layout.recordTypes.field;
      let reference: { type: string; index: number; start?: number; length?: number } | undefined;
      for (const type of types) {
        const record = layout[type];
        if (!record) continue;
        if (record.value === undefined) {
          add(
            'USG-LAY-002',
            `${type} needs a "value" because record types are identified by the "${typeField}" field`,
            [type, 'value'],
          );
        }
        const index = record.fields.findIndex((f) => f.name === typeField);
        const field = record.fields[index];
        if (!field) {
          add('USG-LAY-003', `${type} has no "${typeField}" field, which identifies record types`, [
            type,
            'fields',
          ]);
          continue;
        }
        if (!reference) {
          reference = { type, index, start: field.start, length: field.length };
        } else if (
          fixed
            ? field.start !== reference.start || field.length !== reference.length
            : index !== reference.index
        ) {
          add(
            'USG-LAY-004',
            `the record-type field "${typeField}" must sit at the same position in ${reference.type} and ${type}`,
            [type, 'fields', index],
          );
        }
      }
      const values = types.map((t) => layout[t]?.value).filter((v): v is string => v !== undefined);
      if (new Set(values).size !== values.length) {
        add('USG-LAY-002', 'header, detail and trailer need different record-type values', [
          'recordTypes',
        ]);
      }
    }
    if (
      !hasHeaderOrTrailer &&
      layout.recordTypes !== undefined &&
      layout.recordTypes.by === 'line'
    ) {
      add('USG-LAY-002', 'recordTypes by "line" needs a header or a trailer', ['recordTypes']);
    }

    const detailField = (name: string) => layout.detail.fields.find((f) => f.name === name);
    if (layout.trailer) {
      const trailerField = (name: string) => layout.trailer?.fields.find((f) => f.name === name);
      const count = trailerField(layout.trailer.recordCount.field);
      if (!count) {
        add(
          'USG-LAY-003',
          `trailer recordCount field "${layout.trailer.recordCount.field}" is not a trailer field`,
          ['trailer', 'recordCount', 'field'],
        );
      } else if (count.type !== 'integer') {
        add('USG-LAY-002', `trailer recordCount field "${count.name}" must have type integer`, [
          'trailer',
          'recordCount',
          'field',
        ]);
      }
      const total = layout.trailer.controlTotal;
      if (total) {
        const t = trailerField(total.field);
        const d = detailField(total.sumOf);
        if (!t)
          add('USG-LAY-003', `controlTotal field "${total.field}" is not a trailer field`, [
            'trailer',
            'controlTotal',
            'field',
          ]);
        else if (t.type !== 'integer' && t.type !== 'decimal') {
          add('USG-LAY-002', `controlTotal field "${total.field}" must be integer or decimal`, [
            'trailer',
            'controlTotal',
            'field',
          ]);
        }
        if (!d)
          add('USG-LAY-003', `controlTotal sumOf "${total.sumOf}" is not a detail field`, [
            'trailer',
            'controlTotal',
            'sumOf',
          ]);
        else if (d.type !== 'integer' && d.type !== 'decimal') {
          add(
            'USG-LAY-002',
            `controlTotal sumOf "${total.sumOf}" must be an integer or decimal detail field`,
            ['trailer', 'controlTotal', 'sumOf'],
          );
        }
      }
    }
    if (layout.duplicateKey) {
      const names =
        'recordId' in layout.duplicateKey
          ? [layout.duplicateKey.recordId]
          : layout.duplicateKey.composite;
      const key = 'recordId' in layout.duplicateKey ? 'recordId' : 'composite';
      names.forEach((name, i) => {
        if (!detailField(name)) {
          add(
            'USG-LAY-003',
            `duplicateKey field "${name}" is not a detail field`,
            key === 'recordId' ? ['duplicateKey', key] : ['duplicateKey', key, i],
          );
        }
      });
      if (new Set(names).size !== names.length) {
        add('USG-LAY-003', 'duplicateKey names the same field twice', ['duplicateKey']);
      }
    }
    if (layout.planInstances) {
      const ref = layout.planInstances;
      if (!detailField(ref.keyField)) {
        add('USG-LAY-003', `planInstances keyField "${ref.keyField}" is not a detail field`, [
          'planInstances',
          'keyField',
        ]);
      }
      ref.dateFields.forEach((name, i) => {
        const f = detailField(name);
        if (!f)
          add('USG-LAY-003', `planInstances date field "${name}" is not a detail field`, [
            'planInstances',
            'dateFields',
            i,
          ]);
        else if (f.type !== 'date' && f.type !== 'datetime') {
          add('USG-LAY-002', `planInstances date field "${name}" must have type date or datetime`, [
            'planInstances',
            'dateFields',
            i,
          ]);
        }
      });
      const ids = new Set<string>();
      ref.instances.forEach((inst, i) => {
        const at = ['planInstances', 'instances', i];
        if (ids.has(inst.id))
          add('USG-LAY-006', `plan instance "${inst.id}" is listed twice`, [...at, 'id']);
        ids.add(inst.id);
        const start = parseWindowBound(inst.start, 'start');
        const end = inst.end === undefined ? undefined : parseWindowBound(inst.end, 'end');
        if (start === undefined) {
          add(
            'USG-LAY-006',
            `plan instance "${inst.id}": start "${inst.start}" is not a real yyyy-MM-dd[ HH:mm:ss] date`,
            [...at, 'start'],
          );
        }
        if (inst.end !== undefined && end === undefined) {
          add(
            'USG-LAY-006',
            `plan instance "${inst.id}": end "${inst.end}" is not a real yyyy-MM-dd[ HH:mm:ss] date`,
            [...at, 'end'],
          );
        }
        if (start !== undefined && end !== undefined && end < start) {
          add(
            'USG-LAY-006',
            `plan instance "${inst.id}": end ${inst.end} is before start ${inst.start}`,
            [...at, 'end'],
          );
        }
      });
    }
  });

export type FileLayout = z.output<typeof FileLayoutSchema>;
/** What a layout author writes: defaults (type string, required false, quote ") may be left out. */
export type FileLayoutInput = z.input<typeof FileLayoutSchema>;

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Validates a layout. Accepts the parsed object, or JSON or YAML text: syntax errors come back
 * as USG-LAY-001 with line and column, and schema issues carry the line of the setting they are
 * about. Never throws.
 */
export function parseFileLayout(json: unknown): { layout?: FileLayout; issues: Issue[] } {
  let doc = json;
  let locate:
    | ((path: readonly (string | number)[]) => { line: number; column: number } | undefined)
    | undefined;
  if (typeof json === 'string') {
    // The configuration checker's reader: JSON or YAML, with positions for every path.
    const read = readConfigText(json, 'auto');
    if (read.doc === undefined || read.issues.some((i) => i.severity === 'error')) {
      const problems =
        read.issues.length > 0 ? read.issues : [{ message: 'The layout text is empty.' }];
      return {
        issues: problems.map((problem) => ({
          code: 'USG-LAY-001',
          severity: 'error' as const,
          message: `The layout cannot be read: ${problem.message}`,
          ...('line' in problem && problem.line !== undefined ? { line: problem.line } : {}),
          ...('column' in problem && problem.column !== undefined
            ? { column: problem.column }
            : {}),
          docsUrl: docsUrlFor('USG-LAY-001'),
        })),
      };
    }
    doc = read.doc;
    locate = (path) => read.locate(path);
  }
  const result = FileLayoutSchema.safeParse(doc);
  if (result.success) return { layout: result.data, issues: [] };
  const issues: Issue[] = result.error.issues.map((issue) => {
    const params = (issue as { params?: { usageCode?: string } }).params;
    const code = params?.usageCode ?? 'USG-LAY-002';
    const path = formatPath(issue.path);
    const position = locate?.(
      issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    );
    return {
      code,
      severity: 'error',
      message: path ? `${path}: ${issue.message}` : issue.message,
      ...(path ? { path } : {}),
      ...(position ?? {}),
      docsUrl: docsUrlFor(code),
    };
  });
  return { issues };
}
