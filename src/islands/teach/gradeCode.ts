/*
 * What the gradebook needs once there is something to grade: the link decoder, key files, opening result
 * codes (WebCrypto), grading and the CSV. Loaded on demand, so the page's first load stays small.
 */
export { decodeAssignmentLink } from '../../lib/teach/assignmentLink';
export { readTeacherKeyFile, sameKey } from '../../lib/teach/teacherKeys';
export { readResultCode, splitResultCodes } from '../../lib/teach/resultCode';
export { classView, classRecordText, readClassRecord } from '../../lib/teach/classRecord';
export { classCsv, CSV_MEDIA_TYPE } from '../../lib/teach/csv';
