import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { GameDeck } from '../../lib/game/deck';
import { formatDuration } from '../../lib/game/formatDuration';
import {
  gameReducer,
  gameScore,
  isFinished,
  isRight,
  mistakes,
  newGame,
  remaining,
  topCard,
  type GameAction,
  type GameState,
} from '../../lib/game/sortingGame';
import { gameRecordJoin, recordAfterPlay } from '../../lib/progress/gameRecordUpdates';
import { gameProgress } from '../../lib/progress/gameProgress';
import { saveRecord } from '../../lib/progress/saveRecord';
import { newAttemptId } from '../../lib/quiz/random';
import { newSeed } from '../../lib/quiz/seeds';
import { useRecord } from '../shared/useRecord';
import { usePointerDrag } from './usePointerDrag';

export interface GameBoardProps {
  deck: GameDeck;
  /** Unique per game on the page, for ids. */
  idPrefix: string;
  /** Deals a new play (the shell mounts a fresh board). */
  onPlayAgain: () => void;
}

/** The last card sorted, for the feedback under the board. */
interface LastMove {
  card: string;
  bucket: string;
}

const bucketLabel = (deck: GameDeck, id: string) => deck.buckets.find((bucket) => bucket.id === id)?.label ?? id;
const labels = (deck: GameDeck, ids: readonly string[]) => ids.map((id) => bucketLabel(deck, id)).join(' or ');

/**
 * The sorting game once started: cards are dealt one at a time and sorted by dragging (mouse, pen,
 * touch), by tapping the card and then a bucket, or by keyboard (the card and the buckets are buttons;
 * number keys pick a bucket). Renders what src/lib/game/sortingGame computes; saves the result once.
 */
export function GameBoard({ deck, idPrefix, onPlayAgain }: GameBoardProps) {
  const stored = useRecord(gameProgress, deck.id, { hydrated: false });
  const [game, send] = useReducer(
    (current: GameState, action: GameAction) => gameReducer(current, action, deck),
    undefined,
    () => newGame(deck, newAttemptId(), newSeed(), Date.now()),
  );
  const [last, setLast] = useState<LastMove | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const cardButton = useRef<HTMLButtonElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const board = useRef<HTMLDivElement>(null);
  const top = topCard(game);
  const card = deck.cards.find((candidate) => candidate.id === top);
  const finished = isFinished(game);

  const place = (bucket: string) => {
    if (!card) return;
    send({ type: 'place', card: card.id, bucket, now: Date.now() });
    setLast({ card: card.id, bucket });
    setAnnouncement(
      `${card.text}: ${bucketLabel(deck, bucket)}. ${isRight(card, bucket) ? 'Right.' : `Not quite: it belongs in ${labels(deck, card.accepts)}.`}`,
    );
  };
  const drag = usePointerDrag({ onDrop: place });

  // Bring the whole board into view when a play starts, so the buckets are within reach of a held card.
  useEffect(() => board.current?.scrollIntoView({ block: 'nearest' }), []);

  // Save a finished play once (the record remembers the play's id), and move focus to what comes next:
  // the card now on top after a move or a take-back (it is a new element), the result once the deck is empty.
  useEffect(() => {
    if (finished) {
      const record = recordAfterPlay(stored.record, game.id, gameScore(game, deck), Date.now());
      if (record !== stored.record) saveRecord(gameProgress, gameRecordJoin, deck.id, record);
      resultsHeading.current?.focus();
    } else {
      cardButton.current?.focus();
    }
    // Only when the play moves on: the record's own updates must not re-run this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [game.history.length, finished]);

  const act = send;

  const onKeyDown = (event: KeyboardEvent) => {
    const number = Number(event.key);
    if (Number.isInteger(number) && number >= 1 && number <= deck.buckets.length && card) {
      event.preventDefault();
      place(deck.buckets[number - 1]!.id);
    } else if (event.key === 'Escape' && game.picked) {
      act({ type: 'unpick' });
    }
  };

  const lastCard = last && deck.cards.find((candidate) => candidate.id === last.card);
  const sortedCount = game.order.length - remaining(game).length;

  if (finished) {
    const score = gameScore(game, deck);
    const missed = mistakes(game, deck);
    const best = stored.record.best;
    return (
      <div class="game-results">
        <h3 ref={resultsHeading} tabindex={-1}>
          Your result
        </h3>
        <p class="game-score">
          You sorted{' '}
          <strong>
            {score.score} of {score.total}
          </strong>{' '}
          cards right the first time, in {formatDuration(score.seconds)}.
        </p>
        {best && (
          <p class="quiz-best">
            Your best: {best.score} of {best.total} in {formatDuration(best.seconds)}.
          </p>
        )}
        {missed.length > 0 ? (
          <>
            <h4>What to look at again</h4>
            <ul class="game-mistakes">
              {missed.map(({ card: wrong, firstTry }) => (
                <li key={wrong.id}>
                  <p class="game-mistake-card">{wrong.text}</p>
                  <p>
                    You put it in <strong>{bucketLabel(deck, firstTry)}</strong>; it belongs in{' '}
                    <strong>{labels(deck, wrong.accepts)}</strong>.
                  </p>
                  <p>
                    {wrong.reason} <a href={wrong.link.href}>{wrong.link.text}</a>
                  </p>
                </li>
              ))}
            </ul>
            <p class="quiz-hint">A card you took back and sorted again still counts its first answer.</p>
          </>
        ) : (
          <p>Every card right the first time.</p>
        )}
        <div class="quiz-actions">
          <button type="button" class="button" onClick={onPlayAgain}>
            Play again with a new shuffle
          </button>
        </div>
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">
          {`Finished: ${score.score} of ${score.total} right the first time.`}
        </p>
      </div>
    );
  }

  return (
    <div
      ref={board}
      class={`game-board${drag.dragging ? ' is-dragging' : ''}`}
      onKeyDown={onKeyDown}
      // A round is not saved until it ends: the offer to reload for a new version of the course names it.
      data-unsaved-work="the sorting round you are playing"
    >
      <div class="game-deck">
        <p class="game-count" id={`${idPrefix}-count`}>
          Card {sortedCount + 1} of {game.order.length}
        </p>
        {card && (
          <button
            key={card.id}
            ref={cardButton}
            type="button"
            class="game-card"
            aria-pressed={game.picked === card.id}
            aria-describedby={`${idPrefix}-count ${idPrefix}-how`}
            {...drag.handlers}
            onClick={() => {
              if (drag.consumeClick()) return;
              act(game.picked === card.id ? { type: 'unpick' } : { type: 'pick', card: card.id });
            }}
          >
            {card.text}
          </button>
        )}
        <p class="quiz-hint" id={`${idPrefix}-how`}>
          Drag the card onto a bucket, or select it and then a bucket (keys 1–{deck.buckets.length}).
        </p>
      </div>
      <ul class="game-buckets" role="list">
        {deck.buckets.map((bucket, index) => {
          const count = Object.values(game.placed).filter((placed) => placed === bucket.id).length;
          return (
            <li key={bucket.id}>
              <button
                type="button"
                class={`game-bucket bucket-${index + 1}${drag.over === bucket.id ? ' is-over' : ''}`}
                data-drop={bucket.id}
                onClick={() => place(bucket.id)}
              >
                <span class="game-bucket-key" aria-hidden="true">
                  {index + 1}
                </span>
                <span class="game-bucket-label">{bucket.label}</span>
                <span class="game-bucket-hint">{bucket.hint}</span>
                <span class="game-bucket-count" key={count}>
                  {count} {count === 1 ? 'card' : 'cards'}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div class="game-feedback">
        {lastCard && last ? (
          <div class={`quiz-feedback ${isRight(lastCard, last.bucket) ? 'is-correct' : 'is-wrong'}`}>
            <p class="quiz-verdict">
              <span aria-hidden="true">{isRight(lastCard, last.bucket) ? '✓ ' : '✗ '}</span>
              {isRight(lastCard, last.bucket)
                ? `Right: ${bucketLabel(deck, last.bucket)}.`
                : `Not ${bucketLabel(deck, last.bucket)}: it belongs in ${labels(deck, lastCard.accepts)}.`}
            </p>
            <p class="game-feedback-card">{lastCard.text}</p>
            <p>
              {lastCard.reason} <a href={lastCard.link.href}>{lastCard.link.text}</a>
            </p>
          </div>
        ) : (
          <p class="quiz-hint">Each card shows right or wrong as soon as you sort it, with the reason.</p>
        )}
      </div>
      <div class="quiz-actions">
        <button
          type="button"
          class="button secondary"
          disabled={game.history.length === 0}
          onClick={() => {
            act({ type: 'undo' });
            setLast(undefined);
            setAnnouncement('The last card is back on top of the deck.');
          }}
        >
          Take back the last card
        </button>
      </div>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
