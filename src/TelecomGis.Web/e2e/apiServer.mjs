// The real TelecomGis API for the end-to-end tests: `dotnet run --no-build` of the Release build on a free loopback port,
// with its GeoPackage store and key ring in a temporary folder, so the demo keys are printed fresh and read from its output.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repository = resolve(import.meta.dirname, '../../..');

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** `store`: a GeoPackage store to serve instead of a fresh one (the report tab's test brings a generated history). */
export async function startApi({ store } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'telecomgis-e2e-'));
  const port = await freePort();
  const child = spawn('dotnet', ['run', '--project', 'src/TelecomGis.Api', '-c', 'Release', '--no-build', '--',
    '--urls', `http://127.0.0.1:${port}`, '--Store:Path', store ?? join(folder, 'telecomgis.gpkg')], {
    cwd: repository, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DOTNET_NOLOGO: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const keys = await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the API did not start within 90 s:\n${output}`)), 90_000);
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`the API exited (${code}):\n${output}`)); });
    const poll = setInterval(() => {
      // The welcome ends with one line per demo key: role, carrier, user id, key.
      const found = [...output.matchAll(/^\s+(admin|appraiser|planner|carrier)\s+(\S*)\s+(demo-\S+)\s+(tgk_\S+)\s*$/gm)];
      if (found.length >= 4) {
        clearInterval(poll);
        clearTimeout(timer);
        child.removeAllListeners('exit');
        done(Object.fromEntries(found.map((m) => [m[1] === 'carrier' ? m[2] : m[1], m[4]])));
      }
    }, 200);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    keys,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((done) => { child.once('exit', done); setTimeout(done, 10_000); });
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
