import { defineRecordStore } from './progressStore';
import { lessonRecordKind } from './lessonRecord';

/** Each lesson's "read" record, by lesson slug, over the shared storage engine. */
export const lessonProgress = defineRecordStore(lessonRecordKind);
