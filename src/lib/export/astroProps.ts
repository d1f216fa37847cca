/*
 * Island props as Astro serializes them into `<astro-island props="…">`: every value is a `[type, value]`
 * pair, so that dates, maps, sets and the like survive JSON. The same reviver as Astro's own island script
 * (astro/dist/runtime/server/astro-island.js), for the downloadable copy, which hydrates islands itself.
 */

type Serialized = [number, unknown];

const reviveArray = (raw: unknown): unknown[] => (raw as Serialized[]).map(reviveTuple);

const propTypes: Record<number, (value: unknown) => unknown> = {
  0: (value) => reviveObject(value),
  1: (value) => reviveArray(value),
  2: (value) => new RegExp(value as string),
  3: (value) => new Date(value as string),
  4: (value) => new Map(reviveArray(value) as [unknown, unknown][]),
  5: (value) => new Set(reviveArray(value)),
  6: (value) => BigInt(value as string),
  7: (value) => new URL(value as string),
  8: (value) => new Uint8Array(value as number[]),
  9: (value) => new Uint16Array(value as number[]),
  10: (value) => new Uint32Array(value as number[]),
  11: (value) => Infinity * (value as number),
};

function reviveTuple([type, value]: Serialized): unknown {
  return propTypes[type]?.(value);
}

function reviveObject(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, reviveTuple(value as Serialized)]));
}

/** An island's props from the text of its `props` attribute. */
export function reviveProps(attribute: string | null): Record<string, unknown> {
  return attribute === null ? {} : (reviveObject(JSON.parse(attribute)) as Record<string, unknown>);
}
