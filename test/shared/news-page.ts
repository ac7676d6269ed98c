/**
 * Generated news pages for the content-script benchmarks and tests: articles of paragraphs with inline links and
 * emphasis, headings and lists, at a news-like mention density (about one name in three sentences).
 */
const WORDS =
  'the of and to in a that said on for with talks security troops peace officials government would after week meeting deal ceasefire leaders country war against between new could also their agreement strikes minister capital region forces border energy prices market analysts report sources statement press conference summit delegation visit weekend'.split(
    ' ',
  );
const NAMES = [
  'Vladimir Putin',
  'Putin’s',
  'President Zelenskyy',
  'Zelensky',
  'Donald Trump',
  'Emmanuel Macron',
  'Sergei Lavrov',
  'Kyiv',
  'Moscow',
  'the Kremlin',
  'NATO',
  'the European Union',
  'Paris',
  'Washington',
  'China',
  'the BBC',
  'Sumy',
  'Europe',
  'Alaska',
  'Istanbul',
  'Mykhailo Podolyak',
  'Russia',
  'Ukraine',
  'Wladimir Putin',
  'Selenskyj',
  'Kiew',
  'Poutine',
  'Moscou',
  'Путин',
  'Зеленський',
  'Kijowie',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** A page with about `bytes` of visible text; one sentence in `mentionEvery` carries a name (0: none at all). */
export function newsPage(bytes: number, { mentionEvery = 3, seed = 7, editSpans = 2000 } = {}): string {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (withName: boolean) => {
    const words = Array.from({ length: 10 + Math.floor(rand() * 12) }, () => pick(WORDS));
    if (withName) words.splice(Math.floor(rand() * words.length), 0, pick(NAMES));
    const s = words.join(' ');
    return s[0]!.toUpperCase() + s.slice(1) + '. ';
  };
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title>',
    '<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:1rem auto} .alt p{color:#333}</style></head><body><main>',
  ];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    if (n % 12 === 0) parts.push(`<h2>${sentence(false)}</h2>`);
    let p = '';
    for (let i = 0; i < 4; i++) p += sentence(mentionEvery > 0 && n++ % mentionEvery === 0);
    size += p.length;
    const cut = p.indexOf(' ', 40);
    const html =
      cut > 0 && rand() < 0.5
        ? `<a href="#x">${p.slice(0, cut)}</a><em>${p.slice(cut, cut + 20)}</em>${p.slice(cut + 20)}`
        : p;
    parts.push(rand() < 0.1 ? `<ul><li>${html}</li></ul>` : `<p>${html}</p>`);
  }
  // Spans the page itself edits in the DOM-edit measurement.
  parts.push(
    '<div id="edits">',
    ...Array.from({ length: editSpans }, (_, i) => `<span>x${i} </span>`),
    '</div></main></body></html>',
  );
  return parts.join('\n');
}
