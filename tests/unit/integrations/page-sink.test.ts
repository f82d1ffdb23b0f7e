import { afterEach, describe, expect, it } from 'vitest';
import { orderedSink, pageSink, setPageSink } from '../../../src/integrations/page-sink';

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
