interface LifecycleLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * On the first SIGTERM or SIGINT, runs `stop` and exits: 0 once it has finished, 1 if it failed. Signals while
 * stopping change nothing, so an impatient second Ctrl-C cannot cut a delivery or a transaction short.
 */
export function stopOnSignal(log: LifecycleLog, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    stop().then(
      () => {
        log.info({}, 'stopped');
        process.exit(0);
      },
      (error: unknown) => {
        // Only the kind of error: a database error's details can quote the values of a row.
        log.error({ error: error instanceof Error ? error.name : 'unknown' }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
