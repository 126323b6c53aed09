import { buildWeb, webBuildIsStale } from '../../scripts/build-web.js';

/** Browser tests drive the built app, so they build it first when its sources changed. */
export default async function setup(): Promise<void> {
  if (webBuildIsStale()) await buildWeb();
}
