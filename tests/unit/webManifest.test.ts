import { describe, expect, it } from 'vitest';
import { webManifest } from '../../src/lib/offline/webManifest';

describe('webManifest', () => {
  const manifest = webManifest('A course', 'What it is.');

  it('names the course and describes it', () => {
    expect([manifest.name, manifest.short_name, manifest.description]).toEqual(['A course', 'A course', 'What it is.']);
  });

  it('uses only relative URLs, so one manifest fits any base path', () => {
    const urls = [manifest.start_url, manifest.scope, ...manifest.icons.map((icon) => icon.src)];
    for (const url of urls) expect(url, url).not.toMatch(/^(\/|[a-z]+:)/);
  });

  it('offers PNG icons at the sizes installers ask for, and a maskable one', () => {
    const sizes = manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.filter((icon) => icon.purpose === 'maskable')).toHaveLength(1);
  });
});
