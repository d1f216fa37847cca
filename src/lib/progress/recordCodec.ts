import { isCount, isObject } from './recordFields';

/*
 * Reading and writing one versioned record of any kind. Everything read from storage is untrusted (an
 * older or newer version of the site, another tab, an extension, a curious learner), so decoding never
 * throws: it keeps what is valid, drops what is not and says what it dropped. Hand-written guards
 * rather than zod: this code ships to the browser, where zod would cost ~14 KB.
 */

export type Decoded<R> =
  /** `dropped` names the parts that were unreadable and left out (empty when all was fine). */
  | { status: 'ok'; record: R; dropped: string[] }
  /** Not a record at all (not JSON, not an object, no version): nothing can be kept. */
  | { status: 'unreadable'; raw: string }
  /** Written by a newer version of the site: kept untouched, never overwritten by this code. */
  | { status: 'newer'; version: number; raw: string };

/** Upgrades a record written by version `from` to the next version. `id` is the record's id (a quiz id, say). */
export type Migration = (data: Record<string, unknown>, id: string) => Record<string, unknown>;

/** One kind of progress record: what it is called in storage, its version, and how it is read. */
export interface RecordKind<R> {
  /** The storage key segment: records live at `digital-ecosystems:progress:<name>:<id>`. */
  name: string;
  /** The version of the shape this code writes. Bump it and add a migration when the shape changes. */
  version: number;
  /** Upgrades from each older version to the next. */
  migrations: Readonly<Record<number, Migration>>;
  /** A record with nothing in it yet. */
  empty(): R;
  /** Reads the fields of current-version `data`, adding the name of each part that does not fit to `dropped`. */
  read(data: Record<string, unknown>, dropped: string[]): R;
}

/**
 * How two records of one item become one (two tabs, two devices, an import). Apart from the kind, because
 * only code that writes needs it: pages that only show progress do not download it.
 */
export interface RecordJoin<R> {
  /** Keeps everything of both and counts nothing twice; the same record in either order and when repeated. */
  merge(a: R, b: R): R;
  /** When saving: how the writer's record joins what storage holds now (default: merge). */
  onWrite?(stored: R, mine: R): R;
}

/**
 * Applies migrations from `version` up to the kind's current one. Returns undefined when a step is
 * missing (a version this code never wrote), which the caller treats as unreadable.
 */
export function migrate<R>(
  kind: RecordKind<R>,
  data: Record<string, unknown>,
  version: number,
  id: string,
): Record<string, unknown> | undefined {
  let current = data;
  for (let from = version; from < kind.version; from++) {
    const step = kind.migrations[from];
    if (!step) return undefined;
    current = { ...step(current, id), v: from + 1 };
  }
  return current;
}

/** Reads one stored record of `kind`. Never throws. */
export function decodeRecord<R>(kind: RecordKind<R>, raw: string, id: string): Decoded<R> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', raw };
  }
  if (!isObject(parsed) || !isCount(parsed['v'])) return { status: 'unreadable', raw };
  const version = parsed['v'];
  if (version > kind.version) return { status: 'newer', version, raw };
  let data: Record<string, unknown> | undefined;
  try {
    data = migrate(kind, parsed, version, id);
  } catch {
    // A migration met data it could not make sense of: as unreadable as garbage.
    data = undefined;
  }
  if (!data) return { status: 'unreadable', raw };
  const dropped: string[] = [];
  return { status: 'ok', record: kind.read(data, dropped), dropped };
}

/** A record as progress has it: the empty record when there is none or it is unreadable, and whether it is a newer version's (kept untouched). */
export function recordOf<R>(kind: RecordKind<R>, value: Decoded<R> | undefined): { record: R; newer: boolean } {
  if (value?.status === 'ok') return { record: value.record, newer: false };
  return { record: kind.empty(), newer: value?.status === 'newer' };
}

export function encodeRecord(record: unknown): string {
  return JSON.stringify(record);
}
