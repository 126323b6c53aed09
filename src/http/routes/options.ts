import type { Config } from '../../config.js';
import type { Context } from '../../context.js';

/** What the health check may ask of an outbox worker running in this process. */
export interface WorkerStatus {
  lastTickAt(): Date | null;
}

/** What every route plugin receives. */
export interface RouteOptions {
  ctx: Context;
  config: Config;
  /** The worker of this process, or null when it runs elsewhere (RUN_WORKER=false). */
  worker: WorkerStatus | null;
}
