/**
 * Reads an activity's JSON data by its URL. On the web that is a static file, fetched; where fetch cannot
 * work (the offline edition opened from disk), the page carries the same JSON inline as
 * `<script type="application/json" data-source="URL">`, which is read instead. Islands only name the URL.
 */
export async function loadJson<T>(url: string): Promise<T> {
  const inline = document.querySelector(`script[type="application/json"][data-source="${CSS.escape(url)}"]`);
  if (inline) return JSON.parse(inline.textContent ?? '') as T;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
