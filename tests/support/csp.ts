/** The Content-Security-Policy a page carries in its `<meta>`. */
export function policyOf(html: string): string {
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
  if (!match) throw new Error('no Content-Security-Policy <meta> found');
  return match[1]!;
}

/** The sources a policy lists for one directive (`script-src`, …). */
export function directive(policy: string, name: string): string[] {
  const entry = policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));
  return entry ? entry.split(/\s+/).slice(1) : [];
}

/** The text of every inline script the browser runs (no `src`; JSON data blocks are not run, so CSP does not apply to them). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/\stype="application\/json"/.test(match[1]!))
    .map((match) => match[2]!);
}
