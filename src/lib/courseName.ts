/** The course's name: in page titles, and in exported progress files (an import checks it). */
export const COURSE_NAME = 'Digital Ecosystems';

/** What the course is, in one sentence: the home page's description, and the installed app's. */
export const COURSE_DESCRIPTION =
  'A free, short course on digital ecosystems: what they are, how Amazon built one, their five characteristics, three roles, three types and their risks.';
