/** The actors as the content script knows them (the small content share of the article data). */
import { share } from '../shared/share';
import type { ActorKind, ContentShareActor } from '../data/types';
import type { HighlightGroup } from '../shared/settings';

const byId = new Map(share.actors.map((a) => [a.id, a]));

/** The actor with this id (the content share always has every actor the engine can find). */
export function actorById(id: string): ContentShareActor | undefined {
  return byId.get(id);
}

/** The highlight group of an actor kind: people, governments and organisations (media too), places. */
function groupOfKind(kind: ActorKind): HighlightGroup {
  return kind === 'person' ? 'people' : kind === 'place' ? 'places' : 'organisations';
}

/** The highlight group of an actor id. */
export function groupOf(actorId: string): HighlightGroup {
  return groupOfKind(byId.get(actorId)?.kind ?? 'organisation');
}
