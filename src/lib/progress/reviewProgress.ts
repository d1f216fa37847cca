import { defineRecordStore } from './progressStore';
import { reviewRecordKind } from './reviewRecord';

/** The answer log and review queue (one record), over the shared storage engine. */
export const reviewProgress = defineRecordStore(reviewRecordKind);
