/** The course's name: in page titles, and in exported progress files (an import checks it). */
export const COURSE_NAME = 'Digital Ecosystems';
