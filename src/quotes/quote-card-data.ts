/**
 * What a card says about one of the article's quotations, from the bundled data only: the article's exact
 * words, who said them, when (at the article's precision, with the dates it says they were repeated), where
 * (the medium in the article's words), who reported them, and where to read them in the article. Nothing is
 * filled in that the article does not give: a missing date stays missing, and no translation is offered
 * (the article quotes in English only).
 */
import { articleData } from '../data/article-data';
import { formatEventDate } from '../data/format-date';
import type { EventDate, TextLocation } from '../data/types';

/** An actor as the card names it. */
interface NamedActor {
  id: string;
  name: string;
}

/** A date as the data gives it, and as the card writes it. */
interface CardDate {
  date: EventDate;
  text: string;
}

/** Everything the card shows about one quotation. */
export interface QuoteCardData {
  id: string;
  /** The article's exact words (without the enclosing quotation marks). */
  text: string;
  speaker: NamedActor;
  date?: CardDate;
  repeatedOn: CardDate[];
  /** Where it was said or posted, in the article's words ("posting on X (formerly Twitter)"). */
  medium?: string;
  mediumActor?: NamedActor;
  /** The outlets the article credits with reporting it. */
  reportedBy: NamedActor[];
  /** The actors it is about, as the data records them. */
  about: NamedActor[];
  /** The article's notes on it (the occasion, what it leaves vague), verbatim from the data. */
  note?: string;
  /** Where the quotation is in the article, for "Read in the article". */
  location: TextLocation;
}

const named = (id: string): NamedActor => ({ id, name: articleData.actors.find((a) => a.id === id)?.name ?? id });
const dated = (date: EventDate, locale: string): CardDate => ({ date, text: formatEventDate(date, locale) });

/** The card's data for quotation `quoteId` (dates written for `locale`), or undefined for an unknown id. */
export function quoteCardData(quoteId: string, locale = 'en'): QuoteCardData | undefined {
  const q = articleData.quotes.find((x) => x.id === quoteId);
  if (!q) return undefined;
  return {
    id: q.id,
    text: q.text,
    speaker: named(q.speakerId),
    ...(q.date && { date: dated(q.date, locale) }),
    repeatedOn: (q.repeatedOn ?? []).map((d) => dated(d, locale)),
    ...(q.medium !== undefined && { medium: q.medium }),
    ...(q.mediumId !== undefined && { mediumActor: named(q.mediumId) }),
    reportedBy: (q.outletIds ?? []).map(named),
    about: (q.aboutIds ?? []).map(named),
    ...(q.note !== undefined && { note: q.note }),
    location: q.location,
  };
}
