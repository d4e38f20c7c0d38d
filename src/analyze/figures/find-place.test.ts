import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlaces, isPlaceCompatible, type PlaceSpan } from './find-place.js';

/** Spans for the given names, as the entity stage would hand them over. */
function spansOf(text: string, ...names: string[]): PlaceSpan[] {
  return names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
}

test('a place is a place mention after a locative preposition, whole and canonically named', () => {
  const text = 'killing 213 people in Nairobi and 11 in Dar es Salaam, and 12 Americans in New York';
  assert.deepEqual(findPlaces(text, spansOf(text, 'Nairobi', 'Dar', 'Salaam', 'New York')).map((h) => h.place), ['Nairobi', 'Dar es Salaam', 'New York']);
  const aleppo = 'civilians fled from the eastern region of Aleppo and the city\'s west';
  assert.deepEqual(findPlaces(aleppo, spansOf(aleppo, 'Aleppo')).map((h) => h.place), ['east Aleppo', 'west of the city']);
});

test('a capitalised word that is no place mention, or a place that is no locative, scopes nothing', () => {
  const text = 'The storm hit Poland, and 12 were hurt in Ahmad\'s house';
  assert.deepEqual(findPlaces(text, spansOf(text, 'Poland')), []);
});

test('coordinated places are one combined scope; an apposition or "in X in Y" names the first', () => {
  const a = 'bombings of embassies in Kenya and Tanzania that killed 224';
  assert.deepEqual(findPlaces(a, spansOf(a, 'Kenya', 'Tanzania')).map((h) => h.place), ['Kenya and Tanzania']);
  const b = 'the embassy in Dar es Salaam in neighboring Tanzania, and the one in Nairobi, Kenya';
  assert.deepEqual(findPlaces(b, spansOf(b, 'Dar es Salaam', 'Tanzania', 'Nairobi', 'Kenya')).map((h) => h.place), ['Dar es Salaam', 'Nairobi']);
});

test('places are compatible when equal or one is part of the other', () => {
  assert.equal(isPlaceCompatible('east Aleppo', 'Aleppo'), true);
  assert.equal(isPlaceCompatible('Sorsogon province', 'Sorsogon'), true);
  assert.equal(isPlaceCompatible('east Aleppo', 'west Aleppo'), false);
  assert.equal(isPlaceCompatible('Nairobi', 'Dar es Salaam'), false);
  assert.equal(isPlaceCompatible('Kenya and Tanzania', 'Kenya'), false);
});
