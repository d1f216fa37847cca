import { assignmentRecordKind } from './assignmentRecord';
import { defineRecordStore } from './progressStore';

/** Each teacher's assignment's saved record, by assignment id, over the shared storage engine. */
export const assignmentProgress = defineRecordStore(assignmentRecordKind);
