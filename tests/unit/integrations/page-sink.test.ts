import { afterEach, describe, expect, it } from 'vitest';
import {
  mergedOrder,
  orderedSink,
  pageFile,
  pageSink,
  setPageSink,
} from '../../../src/integrations/page-sink';

describe('orderedSink', () => {
  it('hands pages over in the order their places were taken, whatever order they finish in', () => {
    const added: string[] = [];
    const sink = orderedSink((file) => added.push(file));
    const [first, second, third] = [sink.open(), sink.open(), sink.open()];
    third({ file: 'c.html', html: '<p>c</p>' });
    second({ file: 'b.html', html: '<p>b</p>' });
    expect(added).toEqual([]);
    first({ file: 'a.html', html: '<p>a</p>' });
    expect(added).toEqual(['a.html', 'b.html', 'c.html']);
  });

  it('skips places filled with nothing (a response that is not a page)', () => {
    const added: string[] = [];
    const sink = orderedSink((file) => added.push(file));
    const [page, robots, other] = [sink.open(), sink.open(), sink.open()];
    other({ file: 'b.html', html: '' });
    robots();
    page({ file: 'a.html', html: '' });
    expect(added).toEqual(['a.html', 'b.html']);
  });

  it('hands over what waits behind a place never filled when flushed, still in order', () => {
    const added: string[] = [];
    const sink = orderedSink((file) => added.push(file));
    sink.open(); // a page whose rendering failed
    const [later, last] = [sink.open(), sink.open()];
    last({ file: 'c.html', html: '' });
    later({ file: 'b.html', html: '' });
    expect(added).toEqual([]);
    sink.flush();
    expect(added).toEqual(['b.html', 'c.html']);
  });

  it('passes the HTML along with the file', () => {
    const added: [string, string][] = [];
    const sink = orderedSink((file, html) => added.push([file, html]));
    sink.open()({ file: 'modulo/aula/index.html', html: '<main>aula</main>' });
    expect(added).toEqual([['modulo/aula/index.html', '<main>aula</main>']]);
  });
});

describe('pageSink', () => {
  afterEach(() => setPageSink(undefined));

  it('is there only while set', () => {
    expect(pageSink()).toBeUndefined();
    const sink = orderedSink(() => undefined);
    setPageSink(sink);
    expect(pageSink()).toBe(sink);
    setPageSink(undefined);
    expect(pageSink()).toBeUndefined();
  });
});

describe('pageFile', () => {
  it('names the file Astro writes a page to, from its path below the base', () => {
    expect(pageFile('')).toBe('index.html');
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('modulo/aula/')).toBe('modulo/aula/index.html');
    expect(pageFile('/modulo/aula/')).toBe('modulo/aula/index.html');
    expect(pageFile('feed.xml')).toBe('feed.xml.html');
    expect(pageFile('404/')).toBe('404.html');
    expect(pageFile('/500')).toBe('500.html');
    expect(pageFile('modulo/404/')).toBe('modulo/404/index.html');
  });
});

describe('mergedOrder', () => {
  const previous = ['404.html', 'index.html', 'a.html', 'b.html', 'c.html', 'd.html'];

  it('puts pages copied from the previous build back at their places among the rendered ones', () => {
    expect(
      mergedOrder(['404.html', 'index.html', 'c.html'], ['b.html', 'a.html', 'd.html'], previous),
    ).toEqual(previous);
  });

  it('keeps the order pages were rendered in, and places a page the previous build lacked where it came', () => {
    expect(
      mergedOrder(['404.html', 'novo.html', 'index.html'], ['d.html', 'a.html'], previous),
    ).toEqual(['404.html', 'novo.html', 'index.html', 'a.html', 'd.html']);
  });

  it('without a previous order, puts the copies after the rendered pages, by name', () => {
    expect(mergedOrder(['index.html', 'c.html'], ['d.html', 'a.html'], [])).toEqual([
      'index.html',
      'c.html',
      'a.html',
      'd.html',
    ]);
  });
});
