import { defineRecordStore } from './progressStore';
import { gameRecordKind } from './gameRecord';

/** Each sorting game's saved record, by deck id, over the shared storage engine. */
export const gameProgress = defineRecordStore(gameRecordKind);
