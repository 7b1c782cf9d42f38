import { describe, expect, it } from 'vitest';
import { checkUsageText } from '@site/src/allegro';
import {
  SAMPLE_LAYOUT_COMMA,
  SAMPLE_LAYOUT_PIPE,
  SAMPLE_USAGE_COMMA_BAD,
  SAMPLE_USAGE_COMMA_BAD_EXPECTED,
} from '@site/src/allegro/samples/usage';
import {
  createUsageCheckHandler,
  type UsageCheckEvent,
} from '@site/src/workers/usage-check-protocol';

function collect() {
  const events: UsageCheckEvent[] = [];
  return { events, post: (event: UsageCheckEvent) => events.push(event) };
}

function generatedFile(rows: number): string {
  const lines = ['H,MOBILE_APP,2026-03-16,1'];
  for (let i = 0; i < rows; i += 1) {
    lines.push(`D,${100000 + i},2001,CALL_MIN,2026-03-15 10:00:00,1,,row ${i}`);
  }
  lines.push(`T,${rows},${rows}`);
  return `${lines.join('\n')}\n`;
}

describe('usage check message handler (the worker body)', () => {
  it('reports the known bad rows of the comma sample, like the core checker', async () => {
    const { events, post } = collect();
    const handle = createUsageCheckHandler(post);
    await handle({
      type: 'check',
      id: 7,
      layout: SAMPLE_LAYOUT_COMMA,
      file: new Blob([SAMPLE_USAGE_COMMA_BAD]),
      fileName: 'usage-comma-bad.csv',
    });
    const done = events.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.id).toBe(7);
    expect(done.report.issues.map((i) => [i.line, i.code]).sort()).toEqual(
      SAMPLE_USAGE_COMMA_BAD_EXPECTED.map((row) => [row.line, row.code]).sort(),
    );
    expect(done.report).toEqual(checkUsageText(SAMPLE_USAGE_COMMA_BAD, SAMPLE_LAYOUT_COMMA));
    // First event is progress at 0 (shows the bar at once), last progress is at the full size.
    expect(events[0]).toMatchObject({ type: 'progress', bytesRead: 0, rows: 0 });
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.at(-1)).toMatchObject({ bytesRead: SAMPLE_USAGE_COMMA_BAD.length });
  });

  it('decodes characters split across slices and keeps a byte-order mark', async () => {
    const text = `\uFEFFREC-1|ü-user|CALL_MIN|1|||| 2026-03-15|true|Zürich ☎ 😀\n`;
    const whole = checkUsageText(text, SAMPLE_LAYOUT_PIPE);
    for (const sliceBytes of [1, 3, 5, 7]) {
      const { events, post } = collect();
      await createUsageCheckHandler(post, { sliceBytes })({
        type: 'check',
        id: 1,
        layout: SAMPLE_LAYOUT_PIPE,
        file: new Blob([text]),
        fileName: 'x.txt',
      });
      const done = events.at(-1);
      expect(done?.type).toBe('done');
      if (done?.type === 'done') {
        expect(done.report).toEqual(whole);
        expect(done.report.hadByteOrderMark).toBe(true);
      }
    }
  });

  it('posts progress at most every 100 ms of (fake) time', async () => {
    let clock = 0;
    const now = () => (clock += 7);
    const { events, post } = collect();
    const text = generatedFile(3000);
    await createUsageCheckHandler(post, { now, sliceBytes: 1024 })({
      type: 'check',
      id: 1,
      layout: SAMPLE_LAYOUT_COMMA,
      file: new Blob([text]),
      fileName: 'gen.csv',
    });
    const progress = events.filter((e) => e.type === 'progress');
    const slices = Math.ceil(text.length / 1024);
    // About one post per 100 ms of clock, not one per slice.
    expect(slices).toBeGreaterThan(150);
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(clock / 100) + 2);
    expect(progress.length).toBeLessThan(slices / 5);
    for (const event of progress) {
      expect(event.rowsPerSecond).toBeGreaterThanOrEqual(0);
    }
    const done = events.at(-1);
    expect(done?.type === 'done' && done.report.rows).toBe(3002);
  });

  it('stops at the next slice when cancelled, and never posts a result', async () => {
    const { events, post } = collect();
    const handle = createUsageCheckHandler(post, { sliceBytes: 4096 });
    const running = handle({
      type: 'check',
      id: 3,
      layout: SAMPLE_LAYOUT_COMMA,
      file: new Blob([generatedFile(20_000)]),
      fileName: 'gen.csv',
    });
    await handle({ type: 'cancel', id: 3 });
    await running;
    expect(events.at(-1)).toEqual({ type: 'cancelled', id: 3 });
    expect(events.some((e) => e.type === 'done')).toBe(false);
  });

  it('reports an invalid layout as an error event, not a throw', async () => {
    const { events, post } = collect();
    await createUsageCheckHandler(post)({
      type: 'check',
      id: 9,
      layout: { name: 'broken' } as never,
      file: new Blob(['a,b\n']),
      fileName: 'a.csv',
    });
    const last = events.at(-1);
    expect(last).toMatchObject({ type: 'error', id: 9 });
    expect(last?.type === 'error' && last.message).toMatch(/^Invalid file layout: /);
  });
});
