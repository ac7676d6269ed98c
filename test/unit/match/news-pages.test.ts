import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/match';
import { NEWS_PAGES } from './news-pages';

/** What a reader finds in each hand-written page: people, governments and places, in order, in their cases. */
const EXPECTED: Record<string, string[]> = {
  en: ['putin=PUTIN', 'the-west=WEST', 'moscow=MOSCOW', 'associated-press=AP', 'putin=Russian President Vladimir Putin', 'ukraine=Ukraine', 'zelenskyy=Zelenskyy', 'kyiv=Kyiv', 'podolyak=Mykhailo Podolyak', 'x=Twitter', 'kremlin=Kremlin', 'trump=President Trump', 'washington=Washington', 'nato=NATO', 'european-union=EU', 'paris=Paris'],
  de: ['putin=Putin', 'the-west=Westen', 'putin=russische Präsident Wladimir Putin', 'ukraine=Ukraine', 'kyiv=Kiew', 'zelenskyy=Selenskyjs', 'podolyak=Mychajlo Podoljak', 'kremlin=Kreml', 'lavrov=Außenminister Sergej Lawrow', 'moscow=Moskau', 'zelenskyy=Selenskyj', 'european-union=Europäische Union', 'nato=Nato', 'paris=Paris', 'united-states=US', 'trump=Präsident Donald Trump', 'macron=Macron'],
  fr: ['putin=Poutine', 'the-west=Occident', 'putin=président russe Vladimir Poutine', 'ukraine=Ukraine', 'kyiv=Kiev', 'zelenskyy=Volodymyr Zelensky', 'macron=Emmanuel Macron', 'paris=Paris', 'nato=OTAN', 'european-union=UE', 'lavrov=Sergueï Lavrov', 'moscow=Moscou', 'kremlin=Kremlin'],
  es: ['putin=Putin', 'the-west=Occidente', 'putin=Vladímir Putin', 'ukraine=Ucrania', 'kyiv=Kiev', 'zelenskyy=Volodímir Zelenski', 'moscow=Moscú', 'lavrov=canciller ruso Serguéi Lavrov', 'united-states=Estados Unidos', 'nato=OTAN', 'european-union=UE', 'paris=París', 'macron=Emmanuel Macron'],
  pl: ['putin=Putin', 'the-west=Zachodowi', 'putin=Prezydent Władimir Putin', 'ukraine=Ukrainie', 'kyiv=Kijowie', 'zelenskyy=Zełenskiego', 'podolyak=Mychajło Podolak', 'kremlin=Kreml', 'trump=Trumpa', 'putin=Putinem', 'lavrov=Siergiej Ławrow', 'moscow=Moskwie', 'zelenskyy=Zełenskim', 'european-union=Unia Europejska', 'nato=NATO', 'paris=Paryżu'],
  ru: ['putin=Путин', 'the-west=Западу', 'russia=России', 'putin=Владимир Путин', 'ukraine=Украине', 'kyiv=Киеве', 'zelenskyy=Зеленского', 'podolyak=Михаил Подоляк', 'kremlin=Кремль', 'lavrov=Сергей Лавров', 'moscow=Москве', 'putin=Путина', 'zelenskyy=Зеленским', 'trump=Трампа', 'putin=Путиным', 'nato=НАТО', 'european-union=Евросоюз', 'paris=Париже'],
  uk: ['putin=Путін', 'the-west=Заходу', 'russia=Росії', 'putin=Володимир Путін', 'ukraine=Україні', 'kyiv=Києві', 'zelenskyy=Зеленського', 'podolyak=Михайло Подоляк', 'kremlin=Кремль', 'lavrov=Сергій Лавров', 'moscow=Москві', 'putin=Путіна', 'zelenskyy=Зеленським', 'trump=Трампа', 'putin=Путіним', 'nato=НАТО', 'european-union=Євросоюз', 'paris=Парижі'],
};

describe('hand-written news pages in seven languages', () => {
  it.each(Object.keys(NEWS_PAGES))('%s', (lang) => {
    const text = NEWS_PAGES[lang]!;
    expect(findMentions(text).map((m) => `${m.actorId}=${text.slice(m.start, m.end)}`)).toEqual(EXPECTED[lang]);
  });
});
