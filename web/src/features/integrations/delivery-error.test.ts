import { describe, expect, it } from 'vitest';
import { deliveryErrorWords } from './delivery-error';

describe("a failed delivery's reason", () => {
  it('is named in the screen’s words when the worker wrote one of its own reasons', () => {
    expect(deliveryErrorWords("The endpoint's host name leads to an address of a private or local network, where Samtale does not post.")).toEqual({ key: 'internalHost', values: {} });
    expect(deliveryErrorWords('The endpoint answered 503.')).toEqual({ key: 'answered', values: { status: '503' } });
    expect(deliveryErrorWords('The endpoint could not be reached: ECONNREFUSED.')).toEqual({ key: 'unreachable', values: { reason: 'ECONNREFUSED' } });
    expect(deliveryErrorWords('Not sent: the endpoint was removed.')).toEqual({ key: 'removed', values: {} });
  });

  it('is left as written otherwise', () => {
    expect(deliveryErrorWords('Delivery was interrupted too many times.')).toBeNull();
  });
});
