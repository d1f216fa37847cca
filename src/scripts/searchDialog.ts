import { pageHits, resultSummary, type PagefindFragment, type SearchHit } from '../lib/search/searchResults';

/*
 * The search dialog's behaviour, loaded the first time the learner opens search: Pagefind is loaded from
 * this site on first open (never before), results come as the learner types, arrow keys move through them,
 * Enter opens one, Escape closes, and focus goes back to where it was.
 */

interface Pagefind {
  options(options: { baseUrl: string; excerptLength: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, timeout?: number): Promise<{ results: { data(): Promise<PagefindFragment> }[] } | null>;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** Where the site and Pagefind live, from the search button (they follow the base path). */
const opener = document.querySelector<HTMLElement>('[data-search-open]')!;
const base = opener.dataset['base']!;
/** The downloadable copy, opened from files: Pagefind cannot run there (no fetch, no module workers), so search only says so. */
const offlineCopy = opener.dataset['offlineCopy'] !== undefined;

/*
 * The dialog is built here, on first open, rather than sent in every page's HTML: without JavaScript there
 * is no search, and most visits never open it. A native <dialog>: Escape closes it, focus stays inside
 * while it is open, and the page behind is inert.
 */
const input = element('input', 'search-input');
Object.assign(input, {
  id: 'search-input',
  type: 'search',
  autocomplete: 'off',
  spellcheck: false,
  enterKeyHint: 'search',
  placeholder: 'Try “lock-in” or “modular producer”',
});
input.setAttribute('aria-describedby', 'search-status search-keys');
const status = element('p', 'search-status');
Object.assign(status, { id: 'search-status' });
status.setAttribute('role', 'status');
const list = element('ol', 'search-results');
list.setAttribute('aria-label', 'Results');
const close = element('button', 'icon-button search-close', element('span', 'visually-hidden', 'Close search'));
close.insertAdjacentHTML(
  'afterbegin',
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="m6 6 12 12M18 6 6 18"/></svg>',
);
close.type = 'submit';
const form = element('form', '', close);
form.method = 'dialog';
const label = element('label', 'search-label', 'Lessons, key terms and the glossary');
label.htmlFor = 'search-input';
const title = element('h2', '', 'Search the course');
title.id = 'search-title';
const keys = element('p', 'search-keys', 'Arrow keys move through the results, Enter opens one, Escape closes search.');
keys.id = 'search-keys';
const dialog = offlineCopy
  ? element('dialog', 'search-dialog', element('div', 'search-head', title, form), offlineNotice())
  : element('dialog', 'search-dialog', element('div', 'search-head', title, form), label, input, status, list, keys);
dialog.setAttribute('aria-labelledby', 'search-title');
if (offlineCopy) dialog.setAttribute('aria-describedby', 'search-offline');
document.body.append(dialog);
let pagefind: Promise<Pagefind> | undefined;
let returnFocus: HTMLElement | null = null;
/** Pages shown at most: more rarely helps, and each costs a fetch of its fragment. */
const MAX_PAGES = 8;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // Pagefind's files live beside the site; the path comes from the page, so it follows the base path.
    const module = (await import(/* @vite-ignore */ opener.dataset['pagefind']!)) as Pagefind;
    // One call with every option: a second call before init() would replace the first, not add to it.
    await module.options({ baseUrl: base, excerptLength: 18 });
    await module.init();
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** What the downloadable copy's search says: why there is none here, and where there is (the online address, when known). */
function offlineNotice(): HTMLParagraphElement {
  const notice = element(
    'p',
    'search-status',
    'Search needs the course online or installed from the web: it cannot run from files opened on this computer.',
  );
  notice.id = 'search-offline';
  const online = opener.dataset['online'];
  if (online) {
    const link = element('a', '', online);
    link.href = online;
    notice.append(' Search it at ', link, '.');
  }
  return notice;
}

function hitLink(hit: SearchHit): HTMLLIElement {
  const excerpt = element(
    'span',
    'search-excerpt',
    ...hit.excerpt.map((part) => (part.marked ? element('mark', '', part.text) : part.text)),
  );
  const link = element('a', 'search-hit', ...(hit.section ? [element('span', 'search-section', hit.section)] : []), excerpt);
  link.href = hit.url;
  return element('li', '', link);
}

function show(groups: SearchHit[][], query: string): void {
  list.replaceChildren(
    ...groups.map((hits) =>
      element('li', 'search-page', element('p', 'search-page-title', hits[0]!.page), element('ul', 'search-hits', ...hits.map(hitLink))),
    ),
  );
  status.textContent = resultSummary(groups.length, query);
  if (groups.length === 0 && query.trim() !== '') {
    list.replaceChildren(element('li', 'search-empty', 'Try a shorter or different word, or browse the ', glossaryLink(), '.'));
  }
}

function glossaryLink(): HTMLAnchorElement {
  const link = element('a', '', 'glossary');
  link.href = `${base}glossary/`;
  return link;
}

async function search(): Promise<void> {
  const query = input.value;
  if (query.trim() === '') {
    show([], '');
    return;
  }
  try {
    const found = await (await loadPagefind()).debouncedSearch(query, {}, 120);
    // null: a newer search replaced this one while it waited.
    if (!found || input.value !== query) return;
    const fragments = await Promise.all(found.results.slice(0, MAX_PAGES).map((result) => result.data()));
    if (input.value === query)
      show(
        fragments.map((fragment) => pageHits(fragment)),
        query,
      );
  } catch (error) {
    console.error('Search failed:', error);
    status.textContent = 'Search could not be loaded. Check your connection and try again.';
  }
}

/** Arrow keys move between the field and the results; Home and End jump. Enter follows a link as usual. */
function moveFocus(event: KeyboardEvent): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  let next: HTMLElement | undefined;
  if (event.key === 'ArrowDown') next = links[at + 1] ?? links[0];
  else if (event.key === 'ArrowUp') next = at <= 0 ? input : links[at - 1];
  else if (event.key === 'Home' && at >= 0) next = links[0];
  else if (event.key === 'End' && at >= 0) next = links.at(-1);
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

input.addEventListener('input', () => void search());
// In a search field, Escape would only clear the text; here it closes search, as the learner expects of a dialog.
input.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    dialog.close();
  }
});
dialog.addEventListener('keydown', moveFocus);
dialog.addEventListener('close', () => returnFocus?.focus());
// A click on the backdrop (outside the panel) closes the dialog, as people expect of an overlay.
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});

/** Opens search, remembering where focus was so it can go back there when search closes. */
export function openSearch(opener: HTMLElement | null): void {
  if (dialog.open) return;
  returnFocus = (document.activeElement as HTMLElement | null) ?? opener;
  if (offlineCopy) {
    dialog.showModal();
    return;
  }
  status.textContent = pagefind ? '' : 'Loading search…';
  void loadPagefind().then(
    () => {
      if (status.textContent === 'Loading search…') status.textContent = '';
    },
    () => (status.textContent = 'Search could not be loaded. Check your connection and try again.'),
  );
  dialog.showModal();
  input.select();
}
