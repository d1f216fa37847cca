import { createHash } from 'node:crypto';
import { THEME_KEY } from './storageKeys';

/*
 * The theme has to be known before the first paint, or a dark-mode reader sees a white flash.
 * That takes a classic (render-blocking) inline script in <head>, so it is kept tiny and
 * written as a plain string: what is hashed for the Content-Security-Policy is exactly what
 * the layout prints. It must survive localStorage throwing (blocked storage, privacy modes).
 * It also wires the theme toggle, so pages without islands need no other script for it.
 */
export const themeScript = `(function(){var d=document.documentElement,k=${JSON.stringify(THEME_KEY)},m=matchMedia('(prefers-color-scheme: dark)'),s=null;
try{s=localStorage.getItem(k)}catch(e){}
function set(t){d.dataset.theme=t;var b=document.querySelector('[data-theme-toggle]');if(b)b.setAttribute('aria-pressed',String(t==='dark'))}
set(s==='dark'||s==='light'?s:m.matches?'dark':'light');
m.addEventListener('change',function(e){if(!s)set(e.matches?'dark':'light')});
document.addEventListener('DOMContentLoaded',function(){var b=document.querySelector('[data-theme-toggle]');if(!b)return;b.hidden=false;set(d.dataset.theme);
b.addEventListener('click',function(){s=d.dataset.theme==='dark'?'light':'dark';set(s);try{localStorage.setItem(k,s)}catch(e){}})})})();`;

/** The CSP source expression ('sha256-…') that allows exactly this inline script. */
export function cspHash(source: string): string {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
