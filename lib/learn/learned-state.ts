import type { Entity, LearnedState } from '../dictionary/schema';

/**
 * The reader's say on a learned entity: Keep confirms a 'new' one, "Not a name" rejects a 'new' one, and the
 * manager restores a rejected one to 'new'. Only entities learned from pages have a state; anything else is an
 * error the reader can read.
 */
const MOVES: Record<'keep' | 'reject' | 'restore', { from: readonly LearnedState[]; to: LearnedState; done: string }> =
  {
    keep: { from: ['new', 'confirmed'], to: 'confirmed', done: 'kept' },
    reject: { from: ['new'], to: 'rejected', done: 'rejected' },
    restore: { from: ['rejected'], to: 'new', done: 'restored' },
  };

export type LearnedMove = keyof typeof MOVES;

export function moveLearned(entity: Entity | undefined, id: string, move: LearnedMove, now: Date): Entity {
  if (!entity) throw new Error(`no entity "${id}"`);
  if (entity.origin !== 'learned' || !entity.learned)
    throw new Error(`"${entity.name}" was not learned from pages: only learned entities can be kept or rejected`);
  const { from, to, done } = MOVES[move];
  if (!from.includes(entity.learned.state))
    throw new Error(`"${entity.name}" is ${entity.learned.state}: it cannot be ${done}`);
  // a restored entity counts as seen now, so that the bound on 'new' ones does not drop it at once
  const lastSeen = move === 'restore' ? now.toISOString() : entity.learned.lastSeen;
  return { ...entity, learned: { ...entity.learned, state: to, lastSeen } };
}
