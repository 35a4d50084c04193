/**
 * An activity's facts (a run, a ride, a drive from the location history): its type, distance,
 * duration and climb, as the tracks and location importers write them (docs/archive-format.md).
 * A day's `track` shows the same facts but its type.
 */
import type { EntryData } from '../../archive/schema.ts';
import type { KindFact } from '../../shared/entry-types.ts';

/** As index.ts's FactPicker, which this file may not import (index.ts imports it). */
type FactPicker = (data: EntryData) => KindFact[];

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : undefined;

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** `12.3 km`, or `850 m` under a kilometre. */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.round(metres)} m`;
  return `${(metres / 1000).toFixed(metres < 100_000 ? 1 : 0)} km`;
}

/** `1 h 05 min`, `12 min`, `40 s`. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.round(whole / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Distance, duration and climb, where the front matter has them. */
export function movementFacts(data: Record<string, unknown>): KindFact[] {
  const facts: KindFact[] = [];
  const distance = finite(data.distance);
  if (distance !== undefined && distance > 0)
    facts.push({ label: 'Distance', value: formatDistance(distance) });
  const duration = finite(data.duration);
  if (duration !== undefined && duration > 0)
    facts.push({ label: 'Duration', value: formatDuration(duration) });
  const gain = finite(data.elevationGain);
  if (gain !== undefined && gain > 0)
    facts.push({ label: 'Elevation gain', value: `${Math.round(gain)} m`, card: false });
  return facts;
}

export const activityFacts: FactPicker = (data) => {
  const type = textOf(data.activityType);
  return [...(type ? [{ label: 'Type', value: capitalize(type) }] : []), ...movementFacts(data)];
};

export const trackFacts: FactPicker = (data) => {
  const points = finite(data.points);
  return [
    ...movementFacts(data),
    ...(points !== undefined && points > 0
      ? [{ label: 'Points', value: points.toLocaleString('en'), card: false }]
      : []),
  ];
};
