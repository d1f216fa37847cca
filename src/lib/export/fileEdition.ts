/*
 * Names shared by the build, the exporter and the tests for the downloadable copy of the course (the
 * "file edition": unzipped into any folder and opened from disk).
 */

/**
 * The base path the file edition is built under. It appears nowhere else, so the exporter can find every
 * link the build wrote (in attributes, island props and JSON) and make it relative to the page it is on.
 */
export const FILE_EDITION_BASE = '/__file_edition_root__/';

/** The zip's name (with `.zip`) and the one folder it unpacks to. */
export const DOWNLOAD_NAME = 'digital-ecosystems-course';

/** Where, inside the unpacked folder, the classic script that replaces every module script lives. */
export const FILE_EDITION_SCRIPT = '_astro/file-edition.js';

/** What the file edition's build leaves beside its pages for the exporter (src/integrations/fileEditionSources.ts); not shipped. */
export const SOURCES_FILE = 'file-edition-sources.json';
