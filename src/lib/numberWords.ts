const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** A count in words, as prose writes small numbers ("six lessons"); digits from 21 on. */
export function numberWord(count: number): string {
  return WORDS[count] ?? String(count);
}

/** The same, capitalised for the start of a sentence ("Fifteen questions …"). */
export function capitalisedNumberWord(count: number): string {
  const word = numberWord(count);
  return word.charAt(0).toUpperCase() + word.slice(1);
}
