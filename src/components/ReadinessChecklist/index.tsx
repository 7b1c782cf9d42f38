/**
 * Lazy entry of the readiness checklist: pages import this file only. The checklist, the
 * configuration checker it runs and their data are a separate chunk, loaded in the browser.
 */
import React from 'react';
import WidgetShell from '@site/src/components/WidgetShell';
import type { ReadinessChecklistProps } from './ReadinessChecklist';

const load = () => import('./ReadinessChecklist');

const TITLES: Record<ReadinessChecklistProps['checklist'], string> = {
  deployment: 'Deployment and set-up checklist',
  'go-live': 'Go-live checklist',
};

export default function ReadinessChecklist(props: ReadinessChecklistProps) {
  return (
    <WidgetShell
      title={TITLES[props.checklist]}
      minHeight={props.checklist === 'deployment' ? 2200 : 1800}
      load={load}
      props={props}
    />
  );
}
