/**
 * A note's facts: the weather where it was written and its star (Day One's entries). Its own
 * small `textOf`: importing index.ts's would make a cycle, since index.ts imports this file.
 */
import type { EntryData } from '../../archive/schema.ts';
import type { KindFact } from '../../shared/entry-types.ts';

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value.trim() || undefined
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;

export function noteFacts(data: EntryData): KindFact[] {
  const weather =
    typeof data.weather === 'object' && data.weather !== null
      ? (data.weather as Record<string, unknown>)
      : {};
  const temperature = textOf(weather.temperature);
  const conditions = textOf(weather.conditions);
  const facts: KindFact[] = [];
  if (temperature || conditions)
    facts.push({
      label: 'Weather',
      value: [temperature && `${temperature} °C`, conditions].filter(Boolean).join(', '),
      card: true,
    });
  if (data.starred === true) facts.push({ label: 'Starred', value: '★', card: true });
  return facts;
}
