// @vitest-environment jsdom
import React, { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type {} from '@testing-library/jest-dom/vitest';
import type { Issue } from '@site/src/allegro/issue';
import {
  Badge,
  CheckField,
  EditAsJson,
  Findings,
  ListField,
  ProblemsAlert,
  RowButtons,
  ScenarioIntro,
  ScenarioProblems,
  ScenarioTitleField,
  ScenarioToolbar,
  SelectField,
  TOO_LARGE_FOR_LINK,
  TextField,
  UrlNotice,
  freeIdNumber,
  nextId,
  numberColumn,
  optionalTextColumn,
  selectColumn,
  textColumn,
  textOf,
} from '@site/src/components/sim-ui';

const issues: Issue[] = [
  {
    code: 'SIM-INP-001',
    severity: 'error',
    message: 'records[0].start: not a date',
    path: 'records[0].start',
    docsUrl: '/docs/reference/issue-codes#sim-inp-001',
  },
];

function urlState(over: Partial<{ notice: string | null; tooLargeForLink: boolean }> = {}) {
  return {
    flush: vi.fn(),
    dismissNotice: vi.fn(),
    notice: null,
    tooLargeForLink: false,
    ...over,
  };
}

describe('ScenarioToolbar', () => {
  it('resets to the sample and offers Copy link', async () => {
    const user = userEvent.setup();
    const onReset = vi.fn();
    render(
      <ScenarioToolbar url={urlState()} resetLabel="Reset to the sample scenario" onReset={onReset}>
        <label htmlFor="pick">Sample scenario</label>
        <select id="pick" />
      </ScenarioToolbar>,
    );
    await user.click(screen.getByRole('button', { name: 'Reset to the sample scenario' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    const copy = screen.getByRole('button', { name: 'Copy link' });
    expect(copy).toBeEnabled();
    // Controls given as children come first, before the reset button.
    const combobox = screen.getByRole('combobox', { name: 'Sample scenario' });
    const buttons = screen.getAllByRole('button');
    expect(combobox.compareDocumentPosition(buttons[0]!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('says why Copy link is off when the scenario is too large for a link', () => {
    const { rerender } = render(
      <ScenarioToolbar
        url={urlState({ tooLargeForLink: true })}
        resetLabel="Reset"
        onReset={() => {}}
      />,
    );
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeDisabled();
    expect(screen.getByText(TOO_LARGE_FOR_LINK)).toBeInTheDocument();
    expect(TOO_LARGE_FOR_LINK).toBe(
      'This scenario is too large to keep in a link; use Edit as JSON to copy it.',
    );
    rerender(
      <ScenarioToolbar
        url={urlState({ tooLargeForLink: true })}
        resetLabel="Reset"
        onReset={() => {}}
        tooLargeReason="This input is too large to keep in a link."
      />,
    );
    expect(screen.getByText('This input is too large to keep in a link.')).toBeInTheDocument();
  });
});

describe('UrlNotice', () => {
  it('shows the notice with a Dismiss button that calls back', async () => {
    const user = userEvent.setup();
    const url = urlState({ notice: 'The link was damaged; the sample is shown instead.' });
    render(<UrlNotice url={url} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('The link was damaged; the sample is shown instead. Dismiss');
    await user.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(url.dismissNotice).toHaveBeenCalledTimes(1);
  });

  it('renders nothing without a notice', () => {
    const { container } = render(<UrlNotice url={urlState()} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('problems and findings', () => {
  it('ScenarioProblems is an alert with the problems table', () => {
    render(<ScenarioProblems issues={issues} action="planned" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'The scenario cannot be planned until these problems are fixed:',
    );
    const table = within(alert).getByRole('table', { name: 'Scenario problems' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      expect.stringContaining('Code'),
      expect.stringContaining('Path'),
      expect.stringContaining('Message'),
    ]);
    expect(within(table).getByRole('link', { name: 'SIM-INP-001' })).toBeInTheDocument();
  });

  it('ScenarioProblems says "simulated" by default', () => {
    render(<ScenarioProblems issues={issues} />);
    expect(
      screen.getByText('The scenario cannot be simulated until these problems are fixed:'),
    ).toBeInTheDocument();
  });

  it('ProblemsAlert shows its title and content', () => {
    render(
      <ProblemsAlert title="Fix this input to see the rating:">
        <ul>
          <li>Rate is not a number.</li>
        </ul>
      </ProblemsAlert>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Fix this input to see the rating:')).toBeInTheDocument();
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Rate is not a number.');
  });

  it('Findings has a heading and a table, or the empty text', () => {
    const { rerender } = render(
      <Findings issues={issues} caption="Findings of the plan" emptyText="No findings." />,
    );
    expect(screen.getByRole('heading', { level: 4, name: 'Findings' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Findings of the plan' });
    expect(within(table).getByRole('columnheader', { name: /Severity/ })).toBeInTheDocument();
    rerender(<Findings issues={[]} caption="Findings of the plan" emptyText="No findings." />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No findings.')).toBeInTheDocument();
  });
});

describe('form fields', () => {
  it('TextField labels its input, reports changes, and ties the error to it', async () => {
    const user = userEvent.setup();
    function Harness({ error }: { error?: string }) {
      const [value, setValue] = useState('');
      return (
        <TextField id="t" label="Allowance units" value={value} onChange={setValue} error={error} />
      );
    }
    const { rerender } = render(<Harness />);
    const input = screen.getByRole('textbox', { name: 'Allowance units' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
    await user.type(input, '12');
    expect(input).toHaveValue('12');
    rerender(<Harness error="Allowance units must be a number." />);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Allowance units must be a number.');
  });

  it('SelectField keeps a given description until there is an error', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <>
        <SelectField
          id="s"
          label="Rounding mode"
          value="HALF_UP"
          aria-describedby="s-hint"
          onChange={onChange}
        >
          <option value="HALF_UP">HALF_UP</option>
          <option value="DOWN">DOWN</option>
        </SelectField>
        <span id="s-hint">Rounds half away from zero.</span>
      </>,
    );
    const select = screen.getByRole('combobox', { name: 'Rounding mode' });
    expect(select).toHaveAccessibleDescription('Rounds half away from zero.');
    await user.selectOptions(select, 'DOWN');
    expect(onChange).toHaveBeenCalledWith('DOWN');
  });

  it('ListField reads a comma-separated list', async () => {
    const user = userEvent.setup();
    const seen: string[][] = [];
    function Harness() {
      const [value, setValue] = useState<string[]>([]);
      return (
        <ListField
          id="l"
          label="Roles"
          value={value}
          onChange={(next) => {
            seen.push(next);
            setValue(next);
          }}
        />
      );
    }
    render(<Harness />);
    const input = screen.getByRole('textbox', { name: 'Roles' });
    await user.type(input, 'a, b');
    expect(input).toHaveValue('a, b');
    expect(seen[seen.length - 1]).toEqual(['a', 'b']);
  });

  it('CheckField is a labelled checkbox', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CheckField id="c" label="Pool usage" checked={false} onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Pool usage' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('ScenarioIntro and ScenarioTitleField', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <>
        <ScenarioIntro result="plan" />
        <ScenarioTitleField id="title" title={undefined} onChange={onChange} />
      </>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Scenario' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Open a part of the scenario to edit it; the plan above follows every change.',
      ),
    ).toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: 'Scenario title' });
    expect(title).toHaveValue('');
    await user.type(title, 'x');
    expect(onChange).toHaveBeenCalledWith('x');
  });
});

describe('EditAsJson', () => {
  it('opens on demand and applies valid JSON', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    render(
      <EditAsJson
        value={{ n: 1 }}
        schema={z.object({ n: z.number() })}
        onApply={onApply}
        label="Test scenario as JSON"
      />,
    );
    const toggle = screen.getByRole('button', { name: 'Edit as JSON' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const text = screen.getByRole('textbox', { name: 'Test scenario as JSON' });
    await user.clear(text);
    await user.type(text, '{{"n": 2}');
    await user.click(screen.getByRole('button', { name: 'Apply JSON' }));
    expect(onApply).toHaveBeenCalledWith({ n: 2 });
  });
});

describe('RowButtons and Badge', () => {
  it('names the buttons after the row and calls back', async () => {
    const user = userEvent.setup();
    const onMove = vi.fn();
    const onRemove = vi.fn();
    render(<RowButtons name="Step 1" index={0} count={2} onMove={onMove} onRemove={onRemove} />);
    expect(screen.getByRole('button', { name: 'Move Step 1 up' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move Step 1 down' }));
    expect(onMove).toHaveBeenCalledWith(0, 1);
    await user.click(screen.getByRole('button', { name: 'Remove Step 1' }));
    expect(onRemove).toHaveBeenCalledWith(0);
  });

  it('leaves out the move buttons when rows do not move', () => {
    render(
      <RowButtons
        name="Tier 1"
        index={0}
        count={1}
        onMove={() => {}}
        onRemove={() => {}}
        movable={false}
        removeDisabled
      />,
    );
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Remove Tier 1' })).toBeDisabled();
  });

  it('Badge carries its tone as a class', () => {
    render(<Badge tone="warning">suspended</Badge>);
    expect(screen.getByText('suspended')).toHaveClass('badge', 'tone-warning');
  });
});

describe('column helpers and ids', () => {
  type Row = { id: string; note?: string; qty?: number | string; kind: string };
  const row: Row = { id: 'R1', kind: 'a' };

  it('textColumn and optionalTextColumn', () => {
    const id = textColumn<Row>('id', 'Id', { size: 5 });
    expect(id).toMatchObject({ key: 'id', label: 'Id', kind: 'text', size: 5 });
    expect(id.set(row, 'R2')).toEqual({ id: 'R2', kind: 'a' });
    const note = optionalTextColumn<Row>('note', 'Note');
    expect(note.get(row)).toBe('');
    const withNote = note.set(row, 'hi');
    expect(withNote).toEqual({ id: 'R1', kind: 'a', note: 'hi' });
    expect('note' in note.set(withNote, '')).toBe(false);
    // emptyAs 'undefined' keeps the field in place.
    const inPlace = optionalTextColumn<Row>('note', 'Note', {}, 'undefined');
    expect(Object.keys(inPlace.set({ note: 'a', id: 'R1', kind: 'a' }, 'b'))).toEqual([
      'note',
      'id',
      'kind',
    ]);
    const cleared = inPlace.set(withNote, '');
    expect('note' in cleared && cleared.note === undefined).toBe(true);
  });

  it('numberColumn and selectColumn', () => {
    const qty = numberColumn<Row>('qty', 'Quantity');
    expect(qty.inputMode).toBe('numeric');
    expect(qty.set(row, '12').qty).toBe(12);
    expect(qty.set(row, '1.5').qty).toBe('1.5');
    expect(numberColumn<Row>('qty', 'Quantity', {}, true).set(row, ' ').qty).toBeUndefined();
    const kind = selectColumn<Row>('kind', 'Kind', ['a', 'b']);
    expect(kind.kind).toBe('select');
    expect(kind.options).toEqual([
      { value: 'a', label: 'a' },
      { value: 'b', label: 'b' },
    ]);
    expect(kind.set(row, 'b').kind).toBe('b');
  });

  it('textOf, nextId and freeIdNumber', () => {
    expect(textOf(undefined)).toBe('');
    expect(textOf(null)).toBe('');
    expect(textOf(0)).toBe('0');
    expect(nextId('R', ['R1', 'R3'])).toBe('R4');
    expect(nextId('R', ['R3', 'R4'])).toBe('R5');
    expect(nextId('PI-', ['PI-100'], 100)).toBe('PI-200');
    expect(freeIdNumber('X', ['X1', 'X2'])).toBe(3);
  });
});
