/** Lazy entry of the sync reprocessing simulator (its code loads in the browser only). */
import React from 'react';
import WidgetShell from '@site/src/components/WidgetShell';

const load = () => import('./SyncSimulator');

export default function SyncSimulatorWidget() {
  return (
    <WidgetShell title="Sync reprocessing simulator" minHeight={1400} load={load} props={{}} />
  );
}
