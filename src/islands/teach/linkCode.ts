/*
 * What the builder needs only once the teacher acts (makes a link, downloads a file): loaded on demand, so
 * the page's first load stays small. The P-256 arithmetic, the link's byte format and the GIFT writers live here,
 * the link's QR code, and the prompt shown when a loaded key file differs from the kept one.
 */
export { encodeAssignmentLink } from '../../lib/teach/assignmentLink';
export { createTeacherKey, readTeacherKeyFile, sameKey, teacherKeyFile } from '../../lib/teach/teacherKeys';
export { giftOf } from '../../lib/teach/gift';
export { QrSvg } from './qrDrawing';
export { ReplaceKeyPrompt } from './builder/ReplaceKeyPrompt';
