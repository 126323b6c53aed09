import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILT_INDEX = join(ROOT, 'dist/web/index.html');
const BUILT_ASSETS = join(ROOT, 'dist/web/assets');
/** What the build is made from: the app's sources, the domain rules it shares with the server, the installed packages. */
const SOURCES = [join(ROOT, 'web'), join(ROOT, 'src/domain'), join(ROOT, 'package-lock.json')];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/** The build is stale when it is missing or any source changed after it was made. */
export function webBuildIsStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const built = statSync(BUILT_INDEX).mtimeMs;
  return SOURCES.some((source) => newestChange(source) > built);
}

/**
 * Brotli and gzip copies of every script and stylesheet, made once here at the strongest settings, so the server
 * sends them as they are (see src/http/web-app.ts) instead of compressing each request.
 */
function compressAssets(): void {
  for (const name of readdirSync(BUILT_ASSETS).filter((file) => /\.(js|css)$/.test(file))) {
    const file = join(BUILT_ASSETS, name);
    const content = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }));
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  }
}

/**
 * Always the production build, whoever asks: Vite takes NODE_ENV as it finds it, and the browser tests' runner sets
 * it to "test", which would ship React's development build (and measure that).
 */
export async function buildWeb(): Promise<void> {
  const callersNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (callersNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callersNodeEnv;
  }
  compressAssets();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const onlyIfStale = process.argv.includes('--if-stale');
  if (onlyIfStale && !webBuildIsStale()) process.exit(0);
  console.error('Building the web app into dist/web …');
  await buildWeb();
}
