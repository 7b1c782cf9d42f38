/** Lazy entry of the usage suspense simulator (its code loads in the browser only). */
import React from 'react';
import WidgetShell from '@site/src/components/WidgetShell';

const load = () => import('./SuspenseSimulator');

export default function SuspenseSimulatorWidget() {
  return <WidgetShell title="Usage suspense simulator" minHeight={1600} load={load} props={{}} />;
}
