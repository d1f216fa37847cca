/**
 * Every key this site writes to localStorage starts with this prefix, because a host may serve
 * other apps on the same origin and they must not read or clobber each other's data.
 */
export const STORAGE_PREFIX = 'digital-ecosystems:';

export const THEME_KEY = `${STORAGE_PREFIX}theme`;
