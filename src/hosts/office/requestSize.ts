/**
 * How big an Office.js request is, estimated before it is sent. Excel on the web refuses a
 * request over 5 MB (RequestPayloadSizeLimitExceeded) and Office.js cannot tell us a
 * request's size, so the batcher estimates it generously and keeps a margin.
 */

/** Excel on the web's limit for one request. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** What one batch may hold: a fifth under the limit, for Office.js' own envelope. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** What one read may bring back: Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded). */
export const RESPONSE_BUDGET_BYTES = 4_000_000;

/**
 * One queued action with the object path it needs (`getItem`, `getRange`…): Office.js sends
 * about 150 bytes of ids and names for each; 256 covers long sheet names and addresses.
 */
export const ACTION_OVERHEAD_BYTES = 256;

/**
 * The JSON size of an argument, counting every non-ASCII character as a `\uXXXX` escape
 * (6 bytes): the worst case of any serialiser on the way, so Chinese text is never underestimated.
 */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    if (json.charCodeAt(i) > 0x7f) bytes += 5;
  }
  return bytes;
}

/** Bytes of `actions` queued actions with these arguments. */
export function actionBytes(actions: number, ...args: unknown[]): number {
  let bytes = actions * ACTION_OVERHEAD_BYTES;
  for (const arg of args) bytes += payloadBytes(arg);
  return bytes;
}
