/* What a sorting game loads when the learner starts it: the board (dragging, tapping, keys) and the game's logic. */
export { GameBoard } from './GameBoard';
