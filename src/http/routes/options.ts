import type { Config } from '../../config.js';
import type { Context } from '../../context.js';

/** What every route plugin receives. */
export interface RouteOptions {
  ctx: Context;
  config: Config;
}
