/**
 * Another recruiter, in a process of their own: asks for a page again as soon as it answers, until told to stop,
 * then reports each answer's time in ms. Run by bench/bulk-invitation.ts through `pollInOwnProcess`.
 */
process.once('message', (start: { url: string; cookie: string }) => {
  const times: number[] = [];
  let stopping = false;
  process.once('message', () => (stopping = true));
  void (async () => {
    while (!stopping) {
      const started = performance.now();
      const response = await fetch(start.url, { headers: { cookie: start.cookie } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${start.url} answered ${response.status}`);
      times.push(performance.now() - started);
    }
    process.send!(times, () => process.exit(0));
  })();
});
