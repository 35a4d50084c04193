/**
 * The pieces of Google's location histories, read the same way in every generation:
 * coordinates (`latitudeE7`, `latE7`, `"geo:51.5,-0.1"`, `"51.5°, -0.1°"`), times (ISO with or
 * without an offset, `2025-03-24 20:07:24 +0100`, epoch seconds or milliseconds, as numbers or
 * strings), and a time written as the person's local time. Pure functions, no I/O.
 */
import { inZone } from '../../archive/dates.ts';

export interface LatLon {
  lat: number;
  lon: number;
}

/** An instant and, when the export wrote one, the offset it was written in (minutes). */
export interface Instant {
  ms: number;
  offset?: number;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const objectOf = (value: unknown): Json | undefined => (isObject(value) ? value : undefined);

const numberOf = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
};

/** A coordinate pair when both are on the globe. */
function valid(lat: number | undefined, lon: number | undefined): LatLon | undefined {
  if (lat === undefined || lon === undefined) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

/**
 * An E7 integer as degrees. Old Records.json files wrote some coordinates as unsigned 32-bit
 * integers (a latitude above 90°·10⁷ is really negative): they are turned back.
 */
function e7(value: unknown, limit: number): number | undefined {
  const number = numberOf(value);
  if (number === undefined || !Number.isInteger(number)) return undefined;
  const signed = number > limit * 1e7 ? number - 2 ** 32 : number;
  return signed / 1e7;
}

/** Coordinates of an object with `latitudeE7`/`longitudeE7` or `latE7`/`lngE7`. */
export function e7Point(object: unknown): LatLon | undefined {
  if (!isObject(object)) return undefined;
  const lat = e7(object.latitudeE7 ?? object.latE7, 90);
  const lon = e7(object.longitudeE7 ?? object.lngE7, 180);
  return valid(lat, lon);
}

/** `geo:27.72,-97.34` (iOS), `50.05°, 14.34°` or `48.85, 2.35` (Android). */
export function textPoint(value: unknown): LatLon | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(?:geo:)?\s*(-?\d+(?:\.\d+)?)°?\s*,\s*(-?\d+(?:\.\d+)?)°?\s*$/.exec(value);
  if (!match) return undefined;
  return valid(Number(match[1]), Number(match[2]));
}

/** Either form, or an object holding one as `latLng` / `LatLng` / `point`. */
export function anyPoint(value: unknown): LatLon | undefined {
  if (typeof value === 'string') return textPoint(value);
  if (!isObject(value)) return undefined;
  return (
    e7Point(value) ??
    textPoint(value.latLng) ??
    textPoint(value.LatLng) ??
    textPoint(value.point) ??
    e7Point(value.point)
  );
}

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

/** A time in any of the forms the generations use; undefined when it is none. */
export function parseInstant(value: unknown): Instant | undefined {
  const number = numberOf(value);
  if (number !== undefined) {
    // Epoch milliseconds (13 digits) or seconds (10): the exports use both, in the same field.
    const ms = Math.abs(number) > 1e11 ? number : number * 1000;
    return Number.isFinite(ms) ? { ms: Math.round(ms) } : undefined;
  }
  if (typeof value !== 'string') return undefined;
  // `2025-03-24 20:07:24 +0100` → ISO.
  const text = value
    .trim()
    .replace(
      /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ?([+-]\d{2}):?(\d{2})$/,
      '$1T$2$3:$4',
    );
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return undefined;
  const zone = OFFSET.exec(text)?.[1];
  if (!zone) return undefined;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return undefined;
  if (zone === 'Z') return { ms };
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return { ms, offset: sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The instant as an entry's date, to the second: in the offset the export wrote it in, else in
 * the archive's time zone (a `Z` time says when, not where the person's day was).
 */
export function localDate(instant: Instant, timeZone: string): string {
  if (instant.offset === undefined)
    return inZone(new Date(Math.floor(instant.ms / 1000) * 1000).toISOString(), timeZone);
  const local = new Date(Math.floor(instant.ms / 1000) * 1000 + instant.offset * 60000)
    .toISOString()
    .slice(0, 19);
  const abs = Math.abs(instant.offset);
  return `${local}${instant.offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `IN_PASSENGER_VEHICLE`, `in passenger vehicle` → `in passenger vehicle`. */
export function activityName(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return value.trim().toLowerCase().replace(/_/g, ' ');
}

export { numberOf };
