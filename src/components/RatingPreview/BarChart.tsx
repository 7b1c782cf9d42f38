/**
 * A small hand-made bar chart (no chart library: the page ships a few hundred bytes instead of a
 * charting bundle). The SVG is an image with a title and a description; the same figures are in
 * the table next to it, which is the text alternative.
 */
import React, { useId } from 'react';
import styles from './styles.module.css';

export interface Bar {
  label: string;
  /** Decimal string; used for the bar length and printed as it is. */
  value: string;
}

export function BarChart({
  bars,
  title,
  description,
}: {
  bars: readonly Bar[];
  title: string;
  description: string;
}) {
  const id = useId();
  const rowHeight = 28;
  const labelWidth = 170;
  const valueWidth = 70;
  const plotWidth = 320;
  const width = labelWidth + plotWidth + valueWidth;
  const height = Math.max(rowHeight, bars.length * rowHeight) + 8;
  // Geometry only: the printed values stay the exact decimal strings.
  const numbers = bars.map((bar) => Math.max(0, Number(bar.value) || 0));
  const largest = Math.max(...numbers, 0);
  return (
    <figure className={styles.chart}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, i) => {
          const y = 4 + i * rowHeight;
          const length = largest > 0 ? ((numbers[i] ?? 0) / largest) * plotWidth : 0;
          return (
            <g key={`${bar.label}-${i}`}>
              <text
                x={labelWidth - 8}
                y={y + rowHeight / 2}
                className={styles.chartLabel}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {bar.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 4}
                width={Math.max(length, 1)}
                height={rowHeight - 8}
                className={styles.chartBar}
              />
              <text
                x={labelWidth + Math.max(length, 1) + 6}
                y={y + rowHeight / 2}
                className={styles.chartLabel}
                dominantBaseline="middle"
              >
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={styles.chartCaption}>
        {title}. The table above lists the same figures.
      </figcaption>
    </figure>
  );
}
