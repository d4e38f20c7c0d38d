/** @module The events a figure can count ("killed", "fled", "captured"), found by trigger words near the number. */

export interface EventTrigger {
  /** Canonical event name, used to match claims across reports. */
  readonly event: string;
  readonly pattern: RegExp;
}

/**
 * Trigger words per event, checked in this order when two match at the same place. "captured" covers
 * every way a share of territory changes hands: what one side "lost" or "withdrew from" the other
 * "took", "holds" or "controls", so "rebels lost 30 percent" and "the army holds 98%" count the same thing.
 */
export const EVENT_TRIGGERS: readonly EventTrigger[] = [
  // "shot and killed", "shot dead", "fatally wounded" are deaths: listed first so they win over "shot" and "wounded".
  { event: 'killed', pattern: /\b(?:shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|fatally\s+(?:shot|wounded|injured|struck)|killed|died|dies|dead|deaths?(?!\s+(?:row|penalty|sentence|threats?))|fatalit(?:y|ies)|death\s+toll|killing|slain|murdered|lost their lives|pronounced dead)\b/i },
  { event: 'executed', pattern: /\b(?:executed|executions?)\b/i },
  // A gunshot wound says a person was shot, not that they lived: "three people with gunshot wounds" may all have died.
  { event: 'wounded', pattern: /\b(?:wounded|injured|injuring|wounding|hurt|hospitali[sz]ed|injuries|(?<!(?:gunshot|bullet)\s+)wounds)\b/i },
  // "sending three to the hospital", "19 were transported to Lee Memorial Hospital": taken to hospital alive is injured
  // ("rushed to a hospital, where they later died" is not: the death that follows wins).
  { event: 'hospitalized', pattern: /\b(?:(?:taken|rushed|transported|sent|sending|airlifted|flown|driven|brought|carried)\s+)?to\s+(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:hospitals?|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re))\b(?![^.;]*?\b(?:died|dies|dead|succumbed)\b)/i },
  { event: 'shot', pattern: /\b(?:shot|shooting\s+victims|struck\s+by\s+(?:gunfire|bullets?)|(?:gunshot|bullet)\s+wounds?)\b/i },
  { event: 'missing', pattern: /\bmissing\b/i },
  { event: 'rescued', pattern: /\brescued\b/i },
  { event: 'charged', pattern: /\b(?:charged|indicted)\b/i },
  { event: 'trapped', pattern: /\b(?:trapped|besieged|cut off|stranded|remain(?:ing)?|are left|were left|left behind)\b/i },
  { event: 'fled', pattern: /\b(?:fled|flee|fleeing|escaped|escape|evacuated|displaced|left(?=\s+(?:the|their|rebel|eastern|east|western|west|[A-Z])))\b/ },
  { event: 'surrendered', pattern: /\b(?:laid down|lay down|surrendered)\b/i },
  { event: 'arrested', pattern: /\b(?:arrested|detained|conscripted|apprehended|taken\s+into\s+custody|in\s+custody)\b/i },
  { event: 'victims', pattern: /\bvictims\b/i },
  {
    event: 'captured',
    pattern: /\b(?:control(?:s|led)?|held|holds?|taken|took|retook|retaken|retake|recaptured|captured|capturing|seized|lost|withdrawn|withdrew)\b/i,
  },
];

/** Reporting verbs: a count of "three officials" who "told Reuters" counts sources, not the story. */
export const REPORTING_VERB = /\b(?:said|says|say|told|tells|added|reported|confirmed|announced|stated|claimed)\b/i;

export interface EventHit {
  readonly event: string;
  readonly start: number;
  readonly end: number;
}

/** Every trigger in `text` (offsets relative to it), in order of position. */
export function findEvents(text: string): EventHit[] {
  const hits: EventHit[] = [];
  for (const trigger of EVENT_TRIGGERS) {
    const re = new RegExp(trigger.pattern.source, trigger.pattern.flags.includes('g') ? trigger.pattern.flags : `${trigger.pattern.flags}g`);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      hits.push({ event: trigger.event, start: m.index, end: m.index + m[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
