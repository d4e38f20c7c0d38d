/** @module The closed measure vocabulary (killed, injured, shot, arrested, …) and the class and role of a counted noun. */
import type { CountedRole } from '../types.js';

/**
 * Events under the name editors use for the measure. "wounded" and "injured" are one measure; an event
 * not listed keeps its own name ("fled", "captured").
 */
const MEASURE_OF_EVENT: Readonly<Record<string, string>> = { wounded: 'injured', hospitalized: 'injured' };

/** The measures a brief leads with, in the order its key figures are listed. */
export const HEADLINE_MEASURES: readonly string[] = ['killed', 'injured', 'missing', 'arrested', 'charged', 'displaced', 'evacuated', 'rescued', 'fled', 'trapped', 'executed'];

/** Nouns that count people of any kind: all are the class "people". */
const PEOPLE = new Set(
  ('people persons person residents resident inhabitants individuals men man women woman children child kids boys boy girls girl ' +
    'teens teen teenagers teenager adults adult victims victim civilians civilian officers officer deputies deputy troopers trooper ' +
    'agents agent policemen students student others other bystanders bystander passengers passenger customers patrons employees ' +
    'workers members relatives friends juveniles juvenile males male females female suspects suspect gunmen gunman shooters shooter ' +
    'attackers attacker robbers assailants perpetrators youths youth infants babies toddlers brothers sisters sons daughters siblings ' +
    'neighbors neighbours soldiers troops rebels militants fighters protesters demonstrators pilgrims refugees migrants worshippers ' +
    'villagers tourists journalists guards staff hostages prisoners inmates detainees patients crew miners firefighters ' +
    'classmates cousins parents grandparents co-workers coworkers roommates acquaintances marshals clerks cashiers owners ' +
    'motorists pedestrians partygoers spectators fans shoppers diners guests churchgoers congregants').split(' '),
);
const ROLE: Readonly<Record<string, CountedRole>> = {
  victims: 'victims', victim: 'victims',
  suspects: 'suspects', suspect: 'suspects', gunmen: 'suspects', gunman: 'suspects', shooters: 'suspects', shooter: 'suspects',
  attackers: 'suspects', attacker: 'suspects', robbers: 'suspects', assailants: 'suspects', perpetrators: 'suspects',
  officers: 'officers', officer: 'officers', deputies: 'officers', deputy: 'officers', troopers: 'officers', trooper: 'officers',
  policemen: 'officers', agents: 'officers', agent: 'officers',
};

/** The measure an event belongs to. */
export function measureOf(event: string): string {
  return MEASURE_OF_EVENT[event] ?? event;
}

/** "people" for every noun that counts people, else the noun itself. */
export function nounClassOf(noun: string): string {
  return PEOPLE.has(noun.toLowerCase()) ? 'people' : noun;
}

/** The role a counted noun gives its people, or null. */
export function roleOf(noun: string): CountedRole | null {
  return ROLE[noun.toLowerCase()] ?? null;
}
