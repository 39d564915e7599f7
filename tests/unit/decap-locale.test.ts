/** The CMS speaks Vietnamese everywhere: every phrase of Decap's English has a Vietnamese one, with no English left. */
import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import vi from 'decap-cms-locales/dist/esm/vi/index.js';
import { decapProperNames, decapVi } from '../../src/i18n/decap-vi';
import { deepMerge, vietnamese } from '../../cms/locale';

type Phrases = { [key: string]: string | Phrases };

/** Every phrase as [dotted key, text]. */
function flatten(phrases: Phrases, prefix = ''): [string, string][] {
  return Object.entries(phrases).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

const english = new Map(flatten(en as unknown as Phrases));
const ours = new Map(flatten(decapVi as unknown as Phrases));
const registered = new Map(flatten(vietnamese as unknown as Phrases));

/** English words (of 3 letters or more) in Decap's own English phrases: the words a leftover would show. */
const englishWords = new Set(
  [...english.values()].flatMap(
    (t) =>
      t
        .replace(/%\{[^}]*\}/g, ' ')
        .toLowerCase()
        .match(/[a-z]{3,}/g) ?? [],
  ),
);

/** The English words left in a phrase once placeholders and the allowed names are taken out. */
function englishIn(text: string): string[] {
  let rest = text.replace(/%\{[^}]*\}/g, ' ');
  for (const name of decapProperNames) rest = rest.split(name).join(' ');
  return (rest.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => englishWords.has(w));
}

describe('the CMS in Vietnamese (src/i18n/decap-vi.ts)', () => {
  it('has a Vietnamese phrase for every key of Decap’s English, and no key Decap does not have', () => {
    const missing = [...english.keys()].filter((key) => !ours.get(key)?.trim());
    expect(missing).toEqual([]);
    expect([...ours.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('leaves no English in any phrase, except the names of services', () => {
    const leftovers = [...ours]
      .map(([key, text]) => [key, englishIn(text)] as const)
      .filter(([, words]) => words.length > 0);
    expect(leftovers).toEqual([]);
  });

  it('keeps Decap’s placeholders, so names and numbers still appear in the phrases', () => {
    const placeholders = (text: string) => (text.match(/%\{[^}]*\}/g) ?? []).sort();
    // setToNow names the field by its key (publishDate), which editors never see elsewhere: the Vietnamese omits it.
    const dropped = new Set(['editor.editorWidgets.datetime.setToNow']);
    for (const [key, text] of english)
      if (!dropped.has(key)) expect(placeholders(ours.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('registers every phrase over Decap’s own Vietnamese, ours winning', () => {
    for (const [key, text] of ours) expect(registered.get(key), key).toBe(text);
    // Decap's own Vietnamese is kept only where we have nothing, which the first test rules out for every English key.
    expect(deepMerge({ a: { b: 'x', c: 'y' } }, { a: { b: 'z' } })).toEqual({ a: { b: 'z', c: 'y' } });
    expect(flatten(vi as unknown as Phrases).length).toBeLessThan(english.size);
  });

  it('would catch a phrase left in English', () => {
    expect(englishIn('Add %{item}')).toEqual(['add']);
    expect(englishIn('Đăng nhập bằng tài khoản GitHub')).toEqual([]);
  });
});
