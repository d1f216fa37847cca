import { useState } from 'preact/hooks';
import { loadJson } from './dataSource';

const loads = new Map<string, Promise<unknown>>();

/**
 * Loads an activity's lazily split code and its data together, once per page: an idle prefetch and a
 * click on Start share one load. A failed load is forgotten, so the learner can try again.
 */
export function loadOnDemand<Code, Data>(code: () => Promise<Code>, dataUrl: string): Promise<{ code: Code; data: Data }> {
  let load = loads.get(dataUrl) as Promise<{ code: Code; data: Data }> | undefined;
  if (!load) {
    load = Promise.all([code(), loadJson<Data>(dataUrl)]).then(([loadedCode, data]) => ({ code: loadedCode, data }));
    load.catch(() => loads.delete(dataUrl));
    loads.set(dataUrl, load);
  }
  return load;
}

/** Starts loading when the browser is idle, so pressing Start later feels instant; failures wait for the real click. */
export function prefetchWhenIdle(prefetch: () => Promise<unknown>): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => void prefetch().catch(() => undefined));
}

/**
 * An activity's on-demand load as component state: what has loaded, whether the last try failed, and
 * `load()`, which resolves to the loaded value or to undefined after a failure (logged for whoever
 * investigates; the component shows the learner a message).
 */
export function useLoadOnDemand<T>(loader: () => Promise<T>, what: string) {
  const [loaded, setLoaded] = useState<T | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const load = (): Promise<T | undefined> => {
    setFailed(false);
    return loader().then(
      (value) => {
        setLoaded(value);
        return value;
      },
      (error: unknown) => {
        console.error(`${what} could not be loaded:`, error);
        setFailed(true);
        return undefined;
      },
    );
  };
  return { loaded, failed, load, prefetch: () => loader().then(setLoaded, () => undefined) };
}
