/**
 * Dates for the demo: a `when` written by hand becomes a local time in a zone, then an ISO date
 * with its offset. A month alone (`2019-03`) gets the day of that month whose calendar date the
 * archive has least of, so "on this day" has something on most days; a day alone gets a seeded
 * time of day.
 */
import { resolveDate } from '../../src/archive/dates.ts';
import { MONTHS, WEEKDAYS } from '../../src/shared/calendar-names.ts';
import { random } from '../random.ts';

const pad = (value: number) => String(value).padStart(2, '0');

/** Chooses days and times for hand-written `when`s, seeded, in the order they are asked. */
export class Calendar {
  private readonly used = new Map<string, number>();
  private readonly next = random(20260101);

  /** Counts the calendar dates already fixed by hand, so chosen days avoid them. */
  reserve(whens: readonly string[]): void {
    for (const when of whens) {
      const match = /^\d{4}-(\d{2})-(\d{2})/.exec(when);
      if (match) this.count(`${match[1]}-${match[2]}`);
    }
  }

  /** The ISO date (with offset in `zone`) of a `when`: `2019-03`, `2019-03-14`, `2019-03-14 18:20` or full ISO. */
  date(when: string, zone = 'Europe/London'): string {
    if (/T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(when)) return when;
    let day = when;
    if (/^\d{4}-\d{2}$/.test(when)) {
      day = this.chooseDay(when);
      this.count(day.slice(5));
    }
    let time = /^\d{4}-\d{2}-\d{2}[ T](\d{2}:\d{2})$/.exec(day)?.[1];
    if (!time)
      time = `${pad(8 + Math.floor(this.next() * 14))}:${pad(Math.floor(this.next() * 60))}`;
    return resolveDate(`${day.slice(0, 10)}T${time}:00`, zone);
  }

  private count(monthDay: string): void {
    this.used.set(monthDay, (this.used.get(monthDay) ?? 0) + 1);
  }

  private chooseDay(month: string): string {
    const [year, number] = month.split('-').map(Number) as [number, number];
    const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
    let best: string[] = [];
    let fewest = Infinity;
    for (let day = 1; day <= days; day++) {
      const used = this.used.get(`${pad(number)}-${pad(day)}`) ?? 0;
      if (used < fewest) [best, fewest] = [[], used];
      if (used === fewest) best.push(`${month}-${pad(day)}`);
    }
    return best[Math.floor(this.next() * best.length)]!;
  }
}

/** `Jan` … `Dec`, as mail and X's dates write them. */
const SHORT_MONTHS = MONTHS.map((month) => month.slice(0, 3));

/** `Sun, 10 Feb 2019 20:14:00 +0100` for an ISO date with offset. */
export function rfc2822(iso: string): string {
  const [, y, m, d, hh, mm, ss, sign, oh, om] =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/.exec(iso)!;
  const weekday = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay();
  return `${WEEKDAYS[weekday]!.slice(0, 3)}, ${Number(d)} ${SHORT_MONTHS[Number(m) - 1]} ${y} ${hh}:${mm}:${ss} ${sign}${oh}${om}`;
}

/** Twitter's `Sun Feb 10 19:14:00 +0000 2019`, in UTC. */
export function twitterDate(iso: string): string {
  const utc = new Date(Date.parse(iso));
  const [weekday, , , , time] = utc.toUTCString().split(' ');
  return `${weekday!.slice(0, 3)} ${SHORT_MONTHS[utc.getUTCMonth()]} ${pad(utc.getUTCDate())} ${time} +0000 ${utc.getUTCFullYear()}`;
}

/** Adds minutes to an ISO date, keeping its offset. */
export function addMinutes(iso: string, minutes: number): string {
  const offset = iso.slice(19);
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetMinutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(Date.parse(iso) + (minutes + offsetMinutes) * 60000);
  return `${local.toISOString().slice(0, 19)}${offset}`;
}
