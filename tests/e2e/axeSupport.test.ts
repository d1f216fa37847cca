import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';

/*
 * The axe helper itself: a target only scrolled partly under a sticky header is not reported, a target too
 * small to hit still is (so the helper's one allowance cannot hide a real defect).
 */
const browser = useBrowser();
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title><style>
  header { position: sticky; top: 0; height: 60px; background: #fff; border-bottom: 1px solid #000; z-index: 1 }
  main { padding: 1rem } select, button { display: block; margin: 1rem 0; min-height: 44px; font-size: 16px }
  </style></head><body><header><nav><a href="#top" style="display:block;height:60px;line-height:60px">Home</a></nav></header><main><h1>Page</h1>${body}<div style="height:3000px"></div></main></body></html>`;

describe('the axe helper', () => {
  it('does not report a target that is only partly scrolled under the sticky header', async () => {
    const { page: tab } = await openPage(browser());
    const filler = '<p>Text</p>'.repeat(20);
    await tab.setContent(page(`${filler}<label>One <select id="one"><option>a</option></select></label>${filler}`));
    // Scroll so the select straddles the header's lower edge.
    await tab.evaluate(() => {
      const top = document.getElementById('one')!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - 24, behavior: 'instant' });
    });
    expect(await axeViolations(tab)).toEqual([]);
  });

  it('still reports a target too small to hit', async () => {
    const { page: tab } = await openPage(browser());
    await tab.setContent(
      page(
        '<button style="min-height:0;height:10px;width:10px;padding:0;margin:0" aria-label="Tiny"></button><button style="min-height:0;height:10px;width:10px;padding:0;margin:0" aria-label="Tiny too"></button>',
      ),
    );
    expect((await axeViolations(tab)).some((line) => line.startsWith('target-size'))).toBe(true);
  });
});
