/** @module Writes what a figure counts for readers: "civilians killed in east Aleppo since 2016-11-15". */
import type { CountedThing } from '../types.js';

const EVENT_PHRASES: Readonly<Record<string, string>> = {
  trapped: 'trapped or besieged',
  victims: 'among the victims',
  surrendered: 'who laid down arms',
};

/** A short normalised description of a counted thing. */
export function describeCounted(c: CountedThing): string {
  const event = EVENT_PHRASES[c.event] ?? c.event;
  const place = c.place === null ? '' : ` in ${c.place}`;
  const time = c.time === null ? '' : ` ${c.time}`;
  if (c.kind === 'share') {
    const whole = c.noun === 'territory' ? 'territory' : c.noun;
    return `share of ${whole}${event === '' ? '' : ` ${event}`}${place}${time}`;
  }
  return `${c.noun}${event === '' ? '' : ` ${event}`}${place}${time}`;
}
