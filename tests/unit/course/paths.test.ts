import { describe, expect, it } from 'vitest';
import { assetHref, pageHref } from '../../../src/course/paths';

describe('pageHref', () => {
  it('builds directory URLs under the site base', () => {
    expect(pageHref('fundamentos/namespaces', '/curso-conteineres/')).toBe(
      '/curso-conteineres/fundamentos/namespaces/',
    );
    expect(pageHref('', '/curso-conteineres')).toBe('/curso-conteineres/');
    expect(pageHref('docker', '/')).toBe('/docker/');
  });

  it('percent-encodes each path segment', () => {
    expect(pageHref('extra/página nova', '/')).toBe('/extra/p%C3%A1gina%20nova/');
  });
});

describe('assetHref', () => {
  it('joins files to the base', () => {
    expect(assetHref('/favicon.svg', '/curso/')).toBe('/curso/favicon.svg');
  });
});
