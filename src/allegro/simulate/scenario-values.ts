/** zod pieces shared by the scenario schemas. */
import { z } from 'zod';
import { DECIMAL_PATTERN } from '../rating/decimal';
import { normalizeDateTime } from './common';

/** A quantity or amount: a finite number or a plain decimal string ("12.50"). */
export const DecimalValueSchema = z.union([
  z.number().refine(Number.isFinite, { error: 'must be a finite number' }),
  z.string().trim().regex(DECIMAL_PATTERN, { error: 'must be a decimal number such as 12.50' }),
]);

export const IdSchema = z.string().trim().min(1, { error: 'must not be empty' }).max(200);

/** yyyy-mm-dd */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written yyyy-mm-dd' })
  .refine((v) => normalizeDateTime(v) !== null, { error: 'is not a real calendar date' });

/** yyyy-mm-dd, optionally with hh:mm:ss (space or T between). */
export const DateTimeSchema = z.string().refine((v) => normalizeDateTime(v) !== null, {
  error: 'must be a date yyyy-mm-dd or a date-time yyyy-mm-dd hh:mm:ss',
});
