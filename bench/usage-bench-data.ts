/**
 * Data for bench/usage-check.ts: the layout both checkers apply and the file generator. Kept
 * apart so that profiling scripts can import them without starting the benchmark.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { FileLayoutInput } from '../src/allegro';

/** Detail records with a column-name line, so that papaparse's header mode applies to the same file. */
export const BENCH_LAYOUT = {
  name: 'bench: comma detail records with column names, composite key',
  format: { kind: 'delimited', delimiter: ',', columnNames: 'first-line' },
  detail: {
    fields: [
      { name: 'acct_no', type: 'integer', required: true, maxLength: 22 },
      { name: 'plan_instance_no', type: 'integer', required: true, maxLength: 22 },
      { name: 'usage_type_code', required: true, maxLength: 30 },
      { name: 'usage_date', type: 'datetime', format: 'yyyy-MM-dd[ HH:mm:ss]', required: true },
      { name: 'usage_units', type: 'decimal', required: true },
      { name: 'amt', type: 'decimal', maxScale: 2 },
      { name: 'comments', maxLength: 300 },
    ],
  },
  duplicateKey: { composite: ['acct_no', 'usage_type_code', 'usage_date'] },
} as const satisfies FileLayoutInput;

export const COLUMNS = BENCH_LAYOUT.detail.fields.map((f) => f.name);
const USAGE_TYPES = ['CALL_MIN', 'SMS', 'DATA_MB', 'API_CALL'];
/** One row in BAD_EVERY has an impossible date, so both checkers report the same issues. */
const BAD_EVERY = 10_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export async function generate(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  let buffer = `${COLUMNS.join(',')}\n`;
  for (let i = 0; i < rows; i += 1) {
    // Unique (account, type, date) per row: 50,000 accounts, one row per account per minute.
    const acct = 100000 + (i % 50000);
    const minute = Math.floor(i / 50000);
    const day = 1 + (Math.floor(minute / 1440) % 28);
    const date =
      i % BAD_EVERY === BAD_EVERY - 1
        ? '2026-02-30 10:00:00'
        : `2026-03-${pad(day)} ${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}:${pad(i % 60)}`;
    const units = `${(i % 9973) / 100}`;
    const comment = i % 7 === 0 ? `"batch ${i % 97}, roaming"` : '';
    buffer += `${acct},${2000 + (i % 50)},${USAGE_TYPES[i % USAGE_TYPES.length]},${date},${units},${i % 5 === 0 ? '0.45' : ''},${comment}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
