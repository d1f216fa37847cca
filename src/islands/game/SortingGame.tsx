import '../../styles/quiz.css';
import '../../styles/game.css';
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { activityIdPrefix } from '../../lib/activities';
import type { GameDeck } from '../../lib/game/deck';
import { formatDuration } from '../../lib/game/formatDuration';
import { gameProgress } from '../../lib/progress/gameProgress';
import { playCount } from '../../lib/progress/gameRecord';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { loadOnDemand, prefetchWhenIdle, useLoadOnDemand } from '../shared/loadOnDemand';
import { LoadFailed } from '../shared/LoadFailed';
import { StorageNotice } from '../shared/StorageNotice';
import { useRecord } from '../shared/useRecord';

export interface SortingGameProps {
  deckId: string;
  title: string;
  intro: string;
  cardCount: number;
  /** The deck with its answers, as static JSON (or inline in the page, offline), loaded when needed. */
  deckUrl: string;
  /** The readable deck and buckets, rendered on the server. */
  children?: ComponentChildren;
}

const loadGame = (deckUrl: string) => loadOnDemand<typeof import('./gameRunner'), GameDeck>(() => import('./gameRunner'), deckUrl);

/**
 * A sorting game (island root, hydrated when it scrolls into view). Before it starts it is only this: the
 * game's title, the learner's best result and Start, over the readable deck rendered on the server (which
 * stays, with a short message, if anything fails). The board and the deck's answers load on Start, or
 * early when the browser is idle.
 */
export default function SortingGame(props: SortingGameProps) {
  return (
    <ErrorBoundary activity="game" fallback={props.children}>
      <GameShell {...props} />
    </ErrorBoundary>
  );
}

function GameShell({ deckId, title, intro, cardCount, deckUrl, children }: SortingGameProps) {
  const stored = useRecord(gameProgress, deckId);
  const { loaded, failed, load, prefetch } = useLoadOnDemand(() => loadGame(deckUrl), 'The game');
  /** How many plays have been dealt on this page: 0 before Start; each "Play again" deals a fresh board. */
  const [play, setPlay] = useState(0);
  const idPrefix = activityIdPrefix('game', deckId);
  const headingId = `${idPrefix}-heading`;

  useEffect(() => {
    if (stored.mounted) prefetchWhenIdle(prefetch);
    // Once, when storage has been read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored.mounted]);

  const start = () => {
    setPlay((count) => count + 1);
    if (!loaded) void load().then((game) => game ?? setPlay(0));
  };

  const { record } = stored;
  return (
    <section class="quiz game" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {play > 0 && loaded ? (
        <>
          <StorageNotice state={stored.storageState} repaired={stored.repaired} activity="game" />
          <loaded.code.GameBoard key={play} deck={loaded.data} idPrefix={idPrefix} onPlayAgain={() => setPlay((count) => count + 1)} />
        </>
      ) : (
        <>
          <p class="quiz-intro">
            {intro} {cardCount} cards; each one is scored the first time you sort it.
          </p>
          <dl class="quiz-scores">
            <div>
              <dt>Best result</dt>
              <dd>
                {stored.newer
                  ? 'kept safe'
                  : record.best
                    ? `${record.best.score} of ${record.best.total} in ${formatDuration(record.best.seconds)}`
                    : 'none yet'}
              </dd>
            </div>
            <div>
              <dt>Games played</dt>
              <dd>{stored.newer ? 'kept safe' : playCount(record)}</dd>
            </div>
          </dl>
          <StorageNotice state={stored.storageState} repaired={stored.repaired} activity="game" />
          {failed && <LoadFailed what="The game" />}
          <div class="quiz-actions">
            <button type="button" class="button" disabled={!stored.mounted} aria-busy={play > 0} onClick={start}>
              {playCount(record) > 0 ? 'Play again' : 'Start sorting'}
            </button>
          </div>
          <noscript>
            <p class="quiz-noscript">The game needs JavaScript. You can still read the cards and the buckets below.</p>
          </noscript>
          {children}
        </>
      )}
    </section>
  );
}
