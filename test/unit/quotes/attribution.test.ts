import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes';
import { quoteText, seen } from './spots';

/** Putin's long quotation: each page below credits it to Lavrov (misattributed) or to Putin (as the article does). */
const Q = quoteText('q-putin-proceed-from-assumption').replace(/,$/, '');

interface Pattern {
  lang: string;
  pattern: string;
  /** The page, with the speaker's name filled in by `who` (nominative, genitive for "according to" forms). */
  page: (who: { nom: string; gen: string }) => string;
}

const LAVROV: Record<string, { nom: string; gen: string }> = {
  en: { nom: 'Lavrov', gen: 'Lavrov' },
  uk: { nom: 'Лавров', gen: 'Лаврова' },
  ru: { nom: 'Лавров', gen: 'Лаврова' },
  de: { nom: 'Lawrow', gen: 'Lawrow' },
  fr: { nom: 'Lavrov', gen: 'Lavrov' },
  es: { nom: 'Lavrov', gen: 'Lavrov' },
  pl: { nom: 'Ławrow', gen: 'Ławrowa' },
};
const PUTIN: Record<string, { nom: string; gen: string }> = {
  en: { nom: 'Putin', gen: 'Putin' },
  uk: { nom: 'Путін', gen: 'Путіна' },
  ru: { nom: 'Путин', gen: 'Путина' },
  de: { nom: 'Putin', gen: 'Putin' },
  // French press writes the full name; "Poutine" alone is only a name in French text (the dish otherwise),
  // and the English quotation is most of these short pages.
  fr: { nom: 'Vladimir Poutine', gen: 'Vladimir Poutine' },
  es: { nom: 'Putin', gen: 'Putin' },
  pl: { nom: 'Putin', gen: 'Putina' },
};

const PATTERNS: Pattern[] = [
  { lang: 'en', pattern: '“…,” X said', page: (w) => `The talks stalled. “${Q},” ${w.nom} said on Friday.` },
  { lang: 'en', pattern: '“…,” said X', page: (w) => `“${Q},” said ${w.nom}, smiling.` },
  { lang: 'en', pattern: 'according to X', page: (w) => `According to ${w.nom}, “${Q}.”` },
  { lang: 'en', pattern: 'X: “…”', page: (w) => `${w.nom}: “${Q}”` },
  { lang: 'en', pattern: 'X wrote on X', page: (w) => `${w.nom} wrote on X: “${Q}.”` },
  { lang: 'en', pattern: 'X said that “…”', page: (w) => `Russia’s ${w.nom} said that “${Q}.”` },
  { lang: 'en', pattern: '“…,” he said', page: (w) => `${w.nom} spoke in Moscow. “${Q},” he said.` },
  { lang: 'en', pattern: 'X told the BBC', page: (w) => `${w.nom} told the BBC: “${Q}.”` },
  { lang: 'uk', pattern: '«…», — заявив X', page: (w) => `«${Q}», — заявив ${w.nom}.` },
  { lang: 'uk', pattern: 'X заявив: «…»', page: (w) => `${w.nom} заявив: «${Q}».` },
  { lang: 'uk', pattern: 'за словами X', page: (w) => `За словами ${w.gen}, «${Q}».` },
  { lang: 'uk', pattern: 'X: «…»', page: (w) => `${w.nom}: «${Q}»` },
  { lang: 'uk', pattern: 'X написав у X', page: (w) => `${w.nom} написав у X: «${Q}».` },
  { lang: 'ru', pattern: '«…», — заявил X', page: (w) => `«${Q}», — заявил ${w.nom}.` },
  { lang: 'ru', pattern: 'X сказал: «…»', page: (w) => `${w.nom} сказал: «${Q}».` },
  { lang: 'ru', pattern: 'по словам X', page: (w) => `По словам ${w.gen}, «${Q}».` },
  { lang: 'ru', pattern: 'X: «…»', page: (w) => `${w.nom}: «${Q}»` },
  { lang: 'ru', pattern: 'X написал в X', page: (w) => `${w.nom} написал в X: «${Q}».` },
  { lang: 'de', pattern: '„…“, sagte X', page: (w) => `„${Q}“, sagte ${w.nom} am Freitag.` },
  { lang: 'de', pattern: 'X sagte: „…“', page: (w) => `${w.nom} sagte: „${Q}“.` },
  { lang: 'de', pattern: 'laut X', page: (w) => `Laut ${w.gen} „${Q}“.` },
  { lang: 'de', pattern: 'X: „…“', page: (w) => `${w.nom}: „${Q}“` },
  { lang: 'de', pattern: 'X schrieb auf X', page: (w) => `${w.nom} schrieb auf X: „${Q}“.` },
  { lang: 'de', pattern: '»…«, erklärte X', page: (w) => `»${Q}«, erklärte ${w.nom}.` },
  { lang: 'fr', pattern: '« … », a déclaré X', page: (w) => `« ${Q} », a déclaré ${w.nom}.` },
  { lang: 'fr', pattern: 'X a déclaré : « … »', page: (w) => `${w.nom} a déclaré : « ${Q} ».` },
  { lang: 'fr', pattern: 'selon X', page: (w) => `Selon ${w.gen}, « ${Q} ».` },
  { lang: 'fr', pattern: 'X : « … »', page: (w) => `${w.nom} : « ${Q} »` },
  { lang: 'fr', pattern: 'X a écrit sur X', page: (w) => `${w.nom} a écrit sur X : « ${Q} ».` },
  { lang: 'es', pattern: '«…», dijo X', page: (w) => `«${Q}», dijo ${w.nom}.` },
  { lang: 'es', pattern: 'X afirmó: «…»', page: (w) => `${w.nom} afirmó: «${Q}».` },
  { lang: 'es', pattern: 'según X', page: (w) => `Según ${w.gen}, «${Q}».` },
  { lang: 'es', pattern: 'X: «…»', page: (w) => `${w.nom}: «${Q}»` },
  { lang: 'es', pattern: 'X escribió en X', page: (w) => `${w.nom} escribió en X: «${Q}».` },
  { lang: 'pl', pattern: '„…” – powiedział X', page: (w) => `„${Q}” – powiedział ${w.nom}.` },
  { lang: 'pl', pattern: 'X powiedział: „…”', page: (w) => `${w.nom} powiedział: „${Q}”.` },
  { lang: 'pl', pattern: 'według X', page: (w) => `Według ${w.gen} „${Q}”.` },
  { lang: 'pl', pattern: 'X: „…”', page: (w) => `${w.nom}: „${Q}”` },
  { lang: 'pl', pattern: 'X napisał na X', page: (w) => `${w.nom} napisał na X: „${Q}”.` },
];

/**
 * A sentence of the page's own language before the quotation, as on a real page: the name matcher reads
 * inflected names ("Putina") only in their language's context.
 */
const LEAD: Record<string, string> = {
  en: 'The talks have stalled for weeks and tension is rising again.',
  uk: 'Переговори зайшли в глухий кут, і напруга знову зростає.',
  ru: 'Переговоры зашли в тупик, и напряжение снова растёт.',
  de: 'Die Gespräche stecken seit Wochen fest, und die Spannung wächst wieder.',
  fr: 'Les négociations sont au point mort depuis des semaines et la tension monte à nouveau.',
  es: 'Las negociaciones están estancadas desde hace semanas y la tensión vuelve a crecer.',
  pl: 'Rozmowy utknęły w martwym punkcie, a napięcie znów rośnie z każdym dniem.',
};
const page = (p: Pattern, who: { nom: string; gen: string }): string => `${LEAD[p.lang]} ${p.page(who)}`;

describe('misattribution in each language’s patterns', () => {
  it.each(PATTERNS.map((p) => [p.lang, p.pattern, p]))('%s %s: credited to Lavrov', (lang, _pattern, p) => {
    expect(seen(page(p, LAVROV[lang]!))).toMatchObject([
      { quoteId: 'q-putin-proceed-from-assumption', status: 'other', credited: 'lavrov' },
    ]);
  });
});

describe('the article’s speaker in each language’s patterns', () => {
  it.each(PATTERNS.map((p) => [p.lang, p.pattern, p]))('%s %s: credited to Putin', (lang, _pattern, p) => {
    expect(seen(page(p, PUTIN[lang]!))).toMatchObject([
      { quoteId: 'q-putin-proceed-from-assumption', status: 'matches', credited: 'putin' },
    ]);
  });
});

describe('no speaker given', () => {
  it.each([
    ['a bare quotation', `“${Q}.”`],
    ['a speaker without a name', `“${Q},” the minister said.`],
    ['a name far away', `Putin arrived on Monday. It rained all week. Crowds gathered. “${Q}.” Nobody said more.`],
    ['a place is not a speaker', `In Moscow: “${Q}.”`],
    ['names only inside the quotation', `“Putin used the Alaska negotiations solely to buy time.” That is all.`],
  ])('%s', (_label, page) => {
    expect(seen(page)).toMatchObject([{ status: 'none' }]);
  });
});

describe('who is and is not the speaker', () => {
  it('the nearest linked name wins over one mentioned earlier', () => {
    expect(seen(`Putin met Macron in Paris. “${Q},” Lavrov said afterwards.`)).toMatchObject([{ credited: 'lavrov' }]);
  });

  it('a possessive is not the speaker (“Putin’s spokesman said”)', () => {
    expect(seen(`“${Q},” Putin’s foreign minister Lavrov said.`)).toMatchObject([{ credited: 'lavrov' }]);
  });

  it('a name qualifying another is not the speaker (“Zelenskyy adviser Mykhailo Podolyak”)', () => {
    expect(
      seen(
        `Senior Zelenskyy adviser Mykhailo Podolyak was blunt, posting on X: “${quoteText('q-podolyak-alaska-negotiations')}”`,
      ),
    ).toMatchObject([{ quoteId: 'q-podolyak-alaska-negotiations', status: 'matches', credited: 'podolyak' }]);
  });

  it('the one spoken to is not the speaker (“Lavrov told Putin”)', () => {
    expect(seen(`Lavrov told Putin: “${Q}.”`)).toMatchObject([{ status: 'other', credited: 'lavrov' }]);
  });

  it('a sentence that opens with “He” takes the previous sentence’s subject', () => {
    expect(
      seen(
        'Putin has also questioned Zelenskyy’s legitimacy. He called Zelenskyy a puppet and argued that it is “practically impossible” to settle.',
      ),
    ).toMatchObject([{ status: 'matches', credited: 'putin' }]);
  });

  it('the BBC is the speaker of its own description', () => {
    expect(seen(`As the BBC described, “${quoteText('q-bbc-hated-symbol')}”`)).toMatchObject([
      { quoteId: 'q-bbc-hated-symbol', status: 'matches', credited: 'bbc' },
    ]);
  });

  it('the credited name’s offsets are given for the card', () => {
    const text = `“${Q},” Sergei Lavrov said.`;
    const [spot] = findQuotes(text);
    const at = spot!.attribution.creditedAt!;
    expect(text.slice(at.start, at.end)).toBe('Sergei Lavrov');
  });
});

describe('news layouts', () => {
  it('a speaker in the block before a block quotation', () => {
    expect(
      seen(`Russian President Vladimir Putin said on Friday:\n“${Q}.”\nThe talks resume next week.`),
    ).toMatchObject([{ status: 'matches', credited: 'putin' }]);
  });

  it('a headline’s “Name: … ‘phrase’”', () => {
    expect(seen(`Putin: Foreign troops in Ukraine will be 'legitimate targets'`)).toMatchObject([
      { quoteId: 'q-putin-legitimate-targets', status: 'matches', credited: 'putin' },
    ]);
  });

  it('the Kremlin credited with Putin’s words: another speaker, marked as the government he leads', () => {
    const [spot] = findQuotes(`“${Q},” the Kremlin said in a statement.`);
    expect(spot?.attribution).toMatchObject({ status: 'other', creditedId: 'kremlin', speakersGovernment: true });
  });

  it('Lavrov credited with Putin’s words is not the government he leads', () => {
    const [spot] = findQuotes(`“${Q},” Lavrov said.`);
    expect(spot?.attribution.speakersGovernment).toBeUndefined();
  });

  it('the one answered is not the speaker (“Zelenskyy responded to Putin:”)', () => {
    expect(seen(`Zelenskyy responded to Putin: “${Q}.”`)).toMatchObject([{ status: 'other', credited: 'zelenskyy' }]);
  });

  it('reported speech: the name nearest the verb that introduces the words', () => {
    expect(seen(`Trump said Putin had told him: “${Q}.”`)).toMatchObject([{ status: 'matches', credited: 'putin' }]);
  });
});

describe('a pronoun or a bare verb after the quotation, in each language', () => {
  const PRONOUN: Array<[string, (who: string) => string]> = [
    ['en', (who) => `${who} spoke on Friday. “${Q},” he told reporters.`],
    ['uk', (who) => `${who} виступив у п'ятницю. «${Q}», — сказав він.`],
    ['ru', (who) => `${who} выступил в пятницу. «${Q}», — сказал он.`],
    ['de', (who) => `${who} sprach am Freitag vor der Presse. „${Q}“, sagte er.`],
    ['fr', (who) => `${who} a parlé vendredi devant la presse. « ${Q} », a-t-il déclaré.`],
    ['es', (who) => `${who} habló el viernes ante la prensa. «${Q}», dijo.`],
    ['pl', (who) => `${who} przemawiał w piątek przed prasą. „${Q}” – powiedział.`],
  ];
  it.each(PRONOUN)('%s: the person named before is the speaker (Putin → matches)', (lang, page) => {
    expect(seen(page(PUTIN[lang]!.nom))).toMatchObject([{ status: 'matches', credited: 'putin' }]);
  });
  it.each(PRONOUN)('%s: the person named before is the speaker (Lavrov → other)', (lang, page) => {
    expect(seen(page(LAVROV[lang]!.nom))).toMatchObject([{ status: 'other', credited: 'lavrov' }]);
  });
});

describe('a name the sentence is about is not its speaker', () => {
  it.each([
    ['en', `Critics of Putin called it “${Q}.”`],
    ['de', `Kritiker von Putin nannten es „${Q}“.`],
    ['uk', `Критики про Путіна написали: «${Q}».`],
  ])('%s', (_lang, page) => {
    expect(seen(page)).toMatchObject([{ status: 'none' }]);
  });
});
