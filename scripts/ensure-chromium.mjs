/**
 * Browser tests need Debian's Chromium (browsers cannot be downloaded by npm here).
 * If it is missing and we run as root with apt, install it; otherwise say how in one line.
 */
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

export function findChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH))
    return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execSync(`command -v ${name}`, {
        stdio: ['ignore', 'pipe', 'ignore'],
        shell: '/bin/sh',
      })
        .toString()
        .trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

export function ensureChromium() {
  if (findChromium()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(
      "Chromium is missing: installing Debian's chromium with apt-get (root, apt available).",
    );
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (update.status === 0 && install.status === 0 && findChromium()) return true;
  }
  console.error(
    'Chromium is not installed: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary, then run `npm test` again.',
  );
  return false;
}
