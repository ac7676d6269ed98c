/** A link-styled button that opens an actor's view. */
import { actorById } from '../article-index';
import { go } from '../state';

/** Opens the actor view for `actorId`; shows the actor's name unless children are given. */
export function ActorLink({ actorId, children }: { actorId: string; children?: preact.ComponentChildren }) {
  const actor = actorById(actorId);
  if (!actor) return null;
  return (
    <button type="button" class="link" onClick={() => go({ name: 'actor', actorId })}>
      {children ?? actor.name}
    </button>
  );
}

/** A comma-separated run of actor links. */
export function ActorLinks({ ids }: { ids: readonly string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <ActorLink actorId={id} />
        </span>
      ))}
    </>
  );
}
