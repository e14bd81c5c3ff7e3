// The machine and software the figures were taken on, for the report's header.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { chromiumVersion } from './chromium.mjs';

function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return release.match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1] ?? os.type();
  } catch {
    return os.type();
  }
}

/** CPU model, core count, memory, OS, kernel, Chromium and Node versions, and the date. */
export async function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: osName(),
    kernel: os.release(),
    chromium: await chromiumVersion(),
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}
