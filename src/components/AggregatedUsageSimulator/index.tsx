/** Lazy entry of the aggregated usage simulator (its code loads in the browser only). */
import React from 'react';
import WidgetShell from '@site/src/components/WidgetShell';

const load = () => import('./AggregatedUsageSimulator');

export default function AggregatedUsageSimulatorWidget() {
  return <WidgetShell title="Aggregated usage simulator" minHeight={1800} load={load} props={{}} />;
}
