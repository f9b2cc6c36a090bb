import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIREFOX_BUILD, launchFirefox, type FirefoxSession } from './harness';
import { firefoxTests } from './tests';
import { startFixtureServer } from '../e2e/server';

/** Runs Steady's tests in real Firefox and prints a closing "N passed, N failed" line. */
if (!process.env.STEADY_SKIP_BUILD || !existsSync(FIREFOX_BUILD)) {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], { stdio: 'ignore' });
}
if (!process.env.STEADY_SKIP_BUILD || !existsSync('tests/fixtures/dist')) {
  execFileSync('npx', ['tsx', 'tests/fixtures/build.ts'], { stdio: 'ignore' });
}
const server = await startFixtureServer();
let passed = 0;
let failed = 0;
for (const [name, run] of Object.entries(firefoxTests)) {
  let session: FirefoxSession | undefined;
  const started = Date.now();
  try {
    session = await launchFirefox();
    const detail = await run(session, { origin: server.origin });
    passed++;
    console.log(`  ✓ firefox › ${name} (${Date.now() - started} ms)${detail ? ` — ${detail}` : ''}`);
  } catch (error) {
    failed++;
    console.log(`  ✘ firefox › ${name}\n    ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await session?.close().catch(() => undefined);
  }
}
await server.close();
console.log(`firefox: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
