import { COURSE_NAME } from '../courseName';

/**
 * The note beside the downloadable copy's pages (README.txt), for whoever opens the zip: unzip it first,
 * since pages opened from inside a zip (Windows shows a zip as a folder) lose their links. CRLF line ends,
 * so every text editor shows the lines.
 */
export function copyReadme(folder: string): string {
  return [
    `${COURSE_NAME}: the downloadable copy of the course`,
    '',
    `1. Unzip the whole file first (on Windows: right-click, "Extract All"). Pages opened from inside the zip do not work.`,
    `2. Open ${folder}/index.html in your browser (double-click it).`,
    '',
    'Everything works from this folder, with no network, except search. Your progress is kept by your browser,',
    'for this folder; move it between this copy and the online course with export and import on "My progress".',
    '',
  ].join('\r\n');
}
