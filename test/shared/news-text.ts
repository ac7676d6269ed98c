/**
 * Deterministic news-like text in the seven languages, for the benchmarks and tests: sentences of ordinary words with
 * about one actor name (often inflected, sometimes with a title) per sentence, paragraphs separated by "\n".
 */
const FILLER: Record<string, string[]> = {
  en: 'the of and to in a that said on for with talks security troops peace officials government would after week meeting deal ceasefire leaders country war against between new could also their agreement strikes'.split(
    ' ',
  ),
  de: 'der die das und in den von zu mit sich des auf für ist nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie Regierung Truppen Frieden Gespräche'.split(
    ' ',
  ),
  fr: 'le la les de des et en un une du que pour dans qui sur pas au par avec il est troupes paix sécurité gouvernement négociations accord après semaine dirigeants guerre'.split(
    ' ',
  ),
  es: 'el la los las de del y en un una que por con para es se su al lo como más tropas paz seguridad gobierno negociaciones acuerdo semana líderes guerra'.split(
    ' ',
  ),
  pl: 'i w na z do się nie że to jest o jak po przez dla od oraz rząd wojska pokój bezpieczeństwo rozmowy porozumienie tydzień przywódcy wojna władze'.split(
    ' ',
  ),
  ru: 'и в на с по что не как о из за к от для это также войска мир безопасность переговоры соглашение неделе лидеры война правительство заявил'.split(
    ' ',
  ),
  uk: 'і в на з до що не як про із за від для це також війська мир безпека переговори угода тижня лідери війна уряд заявив'.split(
    ' ',
  ),
};

const NAMES: Record<string, string[]> = {
  en: [
    'Vladimir Putin',
    'Putin’s',
    'President Zelenskyy',
    'Zelensky',
    'Donald Trump',
    'Trump',
    'Emmanuel Macron',
    'Sergei Lavrov',
    'Russia',
    'Ukraine',
    'the U.S.',
    'Kyiv',
    'Moscow',
    'the Kremlin',
    'NATO',
    'the European Union',
    'the West',
    'Paris',
    'Washington',
    'China',
    'India',
    'the BBC',
    'Twitter',
    'Sumy',
    'Europe',
    'Alaska',
    'Istanbul',
    'Mykhailo Podolyak',
  ],
  de: [
    'Wladimir Putin',
    'Putins',
    'Selenskyj',
    'Selenskyjs',
    'Trump',
    'Macron',
    'Lawrow',
    'Russland',
    'Kiew',
    'Moskau',
    'der Kreml',
    'die Nato',
    'die EU',
    'Europäischen Union',
    'die USA',
    'der Westen',
    'Frankreich',
    'China',
  ],
  fr: [
    'Vladimir Poutine',
    'Poutine',
    'Zelensky',
    'Emmanuel Macron',
    'Donald Trump',
    'Moscou',
    'Kiev',
    'l’OTAN',
    'l’Union européenne',
    'les États-Unis',
    'la Russie',
    'l’Ukraine',
    'le Kremlin',
    'Paris',
    'l’Occident',
  ],
  es: [
    'Vladímir Putin',
    'Putin',
    'Zelenski',
    'Trump',
    'Macron',
    'Serguéi Lavrov',
    'Moscú',
    'Kiev',
    'la OTAN',
    'la UE',
    'EE. UU.',
    'Rusia',
    'Ucrania',
    'el Kremlin',
    'Occidente',
    'París',
  ],
  pl: [
    'Władimir Putin',
    'Putina',
    'Putinem',
    'Zełenski',
    'Zełenskiego',
    'Trumpa',
    'Macronem',
    'Ławrowa',
    'Kijowie',
    'Moskwie',
    'Kremla',
    'NATO',
    'Unii Europejskiej',
    'Stanów Zjednoczonych',
    'Rosji',
    'Ukrainy',
    'Zachodu',
    'Sumach',
  ],
  ru: [
    'Владимир Путин',
    'Путина',
    'Путиным',
    'Зеленский',
    'Зеленского',
    'Трамп',
    'Трампом',
    'Макрон',
    'Лавров',
    'Киеве',
    'Москве',
    'Кремля',
    'НАТО',
    'Евросоюз',
    'США',
    'России',
    'Украины',
    'Запада',
    'Сумах',
  ],
  uk: [
    'Володимир Путін',
    'Путіна',
    'Зеленський',
    'Зеленського',
    'Трамп',
    'Макрона',
    'Лавров',
    'Києві',
    'Москві',
    'Кремля',
    'НАТО',
    'ЄС',
    'США',
    'Росії',
    'України',
    'Заходу',
    'Сумах',
    'Алясці',
  ],
};

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About `chars` characters of multilingual news-like text (same output for the same seed). */
export function generateNewsText(chars: number, seed = 42): string {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const langs = Object.keys(FILLER);
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const lang = pick(langs);
    const para: string[] = [];
    for (let s = 0; s < 4; s++) {
      const words: string[] = [];
      const n = 12 + Math.floor(rand() * 14);
      const at = Math.floor(rand() * n);
      for (let i = 0; i < n; i++) words.push(i === at ? pick(NAMES[lang]!) : pick(FILLER[lang]!));
      const first = words[0]!;
      words[0] = first.charAt(0).toUpperCase() + first.slice(1);
      para.push(words.join(' ') + '.');
    }
    const p = para.join(' ');
    parts.push(p);
    size += p.length + 1;
  }
  return parts.join('\n');
}
