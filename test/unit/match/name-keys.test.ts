import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyTests } from '../../../src/content/scan/name-check';
import { compileTables, findMentions } from '../../../src/match';
import { removeIgnorables } from '../../../src/match/ignorables';
import { nameKeys } from '../../../src/match/name-keys';
import { CORPUS_DIR } from '../../paths';
import { loadCorpusTexts } from '../../shared/corpus-text';
import { newsPage } from '../../shared/news-page';
import { DE } from './cases-de';
import { EN } from './cases-en';
import { ES } from './cases-es';
import { FR } from './cases-fr';
import { PL } from './cases-pl';
import { RU } from './cases-ru';
import { UK } from './cases-uk';

const forms = Object.keys(compileTables().forms);
const tests = keyTests(nameKeys(forms));

/** What the content script's first look asks of a piece of glued page text. */
function holdsKey(text: string): boolean {
  const visible = removeIgnorables(text);
  return tests.keys.test(visible) || tests.lowercase.test(visible);
}

/** A mention as the first look sees it: a lone lowercase name ("zelensky") after the whitespace it is keyed by. */
const asSeen = (surface: string): string => (/\p{Lu}|\s/u.test(surface) ? surface : ` ${surface}`);

describe('name keys', () => {
  it('are found in every surface form, even glued to the letters before it', () => {
    // a lone lowercase name ("zelensky") is keyed after whitespace, as the matcher's first test looks for it
    const lone = (form: string) => !/\p{Lu}|\s/u.test(form);
    const missed = forms.filter((form) =>
      lone(form)
        ? !holdsKey(`News ${form}. `) || holdsKey(`News${form}. `)
        : !holdsKey(`News${form}. `) || !holdsKey(`${form}`),
    );
    expect(missed).toEqual([]);
  });

  it('are found in every mention the matcher finds in the hand-written cases of seven languages', () => {
    const missed: string[] = [];
    for (const [text] of [...EN, ...DE, ...FR, ...ES, ...PL, ...RU, ...UK]) {
      for (const m of findMentions(text))
        if (!holdsKey(asSeen(text.slice(m.start, m.end)))) missed.push(text.slice(m.start, m.end));
    }
    expect(missed).toEqual([]);
  });

  it.skipIf(!existsSync(CORPUS_DIR))(
    'are found in every mention the matcher finds in the corpus, and rule out most pages that name nobody',
    () => {
      const missed: string[] = [];
      let silent = 0;
      let ruledOut = 0;
      for (const { text } of loadCorpusTexts()) {
        const found = findMentions(text);
        for (const m of found)
          if (!holdsKey(asSeen(text.slice(m.start, m.end)))) missed.push(text.slice(m.start, m.end));
        if (!found.length) {
          silent++;
          // As the first look sees a page: its blocks glued together.
          if (!holdsKey(text.replace(/\n/g, ''))) ruledOut++;
        }
      }
      expect(missed).toEqual([]);
      expect(silent).toBeGreaterThan(20);
      expect(ruledOut / silent).toBeGreaterThan(0.5);
    },
  );

  it('need no boundary on the left, nor a whole word when the word is long', () => {
    // Blocks glued: "World" + "Putin", and a name split by markup keep their keys.
    expect(holdsKey('WorldPutin')).toBe(true);
    expect(holdsKey('Zelenskyy’s')).toBe(true);
    expect(holdsKey('Pu\u00adtin')).toBe(true);
    expect(holdsKey('tags: donald\u00a0trump, news')).toBe(true);
  });

  it('take a short word only when no letter follows it, and then test the end of a text for it', () => {
    expect(holdsKey('Summit talks, a USB cable, Сумма')).toBe(false);
    expect(holdsKey('talks in Sum, the US')).toBe(true);
    expect(holdsKey('EU-Gipfel')).toBe(true);
    // "US" ending one Text node and "World" starting the next: the glued text hides it, the end test finds it.
    expect(holdsKey('USWorld')).toBe(false);
    expect(tests.wordAtEnd.test('News from the US')).toBe(true);
    expect(tests.wordEnds.has('S'.charCodeAt(0))).toBe(true);
  });

  it('rule out a page of ordinary news prose without names', () => {
    const html = newsPage(100 << 10, { mentionEvery: 0, editSpans: 0 });
    expect(holdsKey(html.replace(/<[^>]*>/g, ''))).toBe(false);
    expect(holdsKey(newsPage(20 << 10).replace(/<[^>]*>/g, ''))).toBe(true);
  });

  it('never match when there are no forms', () => {
    const none = keyTests(nameKeys([]));
    expect(none.keys.test('Putin') || none.lowercase.test(' putin') || none.wordAtEnd.test('US')).toBe(false);
  });
});
