/* What the progress page loads when the learner exports or imports: the file's code, every record reader and join. */
export { applyImport, exportProgress, planImport, readProgressFile } from '../../lib/progress/progressFile';
export { showWritten as showImported } from '../../lib/progress/allRecords';
