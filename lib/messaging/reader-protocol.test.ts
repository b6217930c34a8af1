import { describe, expect, it } from 'vitest';
import { envelope, parseRequest } from './contract';
import { READ_REQUEST, fromOwnExtension, isReadRequest, pageChanged } from './reader-protocol';

/** The readers carry no zod, so their hand-written messages are checked against the contract here. */
describe('reader protocol', () => {
  it('pageChanged() is the contract’s page-changed message', () => {
    const url = 'https://www.linkedin.com/in/ana-demo/';
    expect(pageChanged(url)).toEqual(envelope('page-changed', { url }));
    expect(parseRequest(pageChanged(url))).toEqual({ name: 'page-changed', payload: { url } });
  });

  it('the read request is no contract message, so no extension page acts on it', () => {
    expect(isReadRequest(READ_REQUEST)).toBe(true);
    expect(parseRequest(READ_REQUEST)).toBeNull();
  });

  it.each([
    [{ id: 'criba-id', url: 'chrome-extension://criba-id/background.js' }, true],
    [{ id: 'criba-id', url: 'https://www.linkedin.com/', tab: { id: 3 } }, false],
    [{ id: 'other-id' }, false],
    [undefined, false],
  ])('obeys only its own background (%j)', (sender, ok) => {
    expect(fromOwnExtension(sender, 'criba-id')).toBe(ok);
  });
});
