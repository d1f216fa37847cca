/** The colours the installed app opens with: the light theme's page background (the pages switch to dark themselves). */
export const APP_BACKGROUND = '#fbfaf7';

/** The icons installers ask for, in public/icons/ (rendered from icon.svg by tests/tools/renderIcons.mjs). */
export const APP_ICONS = [
  { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  // The icon's motif sits inside the middle 80 %, so launchers may crop it to any shape.
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/**
 * The web app manifest that lets the course be installed. Its URLs are relative: a manifest's URLs resolve
 * against the manifest's own address, which sits at the site's base, so one manifest fits any base path.
 */
export function webManifest(courseName: string, description: string) {
  return {
    name: courseName,
    short_name: courseName,
    description,
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: APP_BACKGROUND,
    theme_color: APP_BACKGROUND,
    icons: APP_ICONS,
  };
}
