import { describe, expect, it } from 'vitest';
import { lessonPath, withBase } from '../../src/lib/paths';

describe('withBase', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'sources/', '/sources/'],
    ['/course/eco/', 'sources/', '/course/eco/sources/'],
    ['/course/eco', '/sources/', '/course/eco/sources/'],
    ['/course/eco/', '', '/course/eco/'],
  ])('base %s + %s = %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('lessonPath', () => {
  it('puts lessons under /lessons/<slug>/ below the base', () => {
    expect(lessonPath('/course/', 'three-roles')).toBe('/course/lessons/three-roles/');
  });
});
