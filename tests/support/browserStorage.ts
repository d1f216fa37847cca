/**
 * A localStorage stand-in that behaves like the browser's, including the parts happy-dom lacks:
 * property access (`storage[key] = value`, `delete storage[key]`, `for…in`) maps onto the items,
 * which is how @nanostores/persistent uses storage. `failWrites` makes every write throw, as a full
 * or blocked storage does.
 */
export function browserStorage(failWrites?: () => DOMException): Storage {
  const items = new Map<string, string>();
  const api: Storage = {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      const failure = failWrites?.();
      if (failure) throw failure;
      items.set(key, String(value));
    },
    removeItem: (key) => {
      items.delete(key);
    },
    clear: () => items.clear(),
  };
  return new Proxy(api, {
    get: (target, key) => (typeof key === 'string' && !(key in target) ? items.get(key) : Reflect.get(target, key)),
    set: (target, key, value) => {
      if (typeof key !== 'string' || key in target) return Reflect.set(target, key, value);
      target.setItem(key, value);
      return true;
    },
    deleteProperty: (_target, key) => items.delete(String(key)) || true,
    has: (target, key) => (typeof key === 'string' && items.has(key)) || key in target,
    ownKeys: () => [...items.keys()],
    getOwnPropertyDescriptor: (_target, key) =>
      typeof key === 'string' && items.has(key)
        ? { value: items.get(key), enumerable: true, configurable: true, writable: true }
        : undefined,
  });
}
