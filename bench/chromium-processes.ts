/**
 * What a headless Chromium started by a bench costs, read from /proc: the CPU time and resident memory of every
 * process of the tree whose browser process was started with `profile` (its user data directory), and the id
 * Chromium gives an unpacked extension.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

interface ProcessStat {
  parent: number;
  cpu: number;
  cmd: string;
}

function processTree(profile: string): Map<number, ProcessStat> {
  const stats = new Map<number, ProcessStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      stats.set(Number(entry), { parent: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / 100, cmd });
    } catch {
      // The process ended while being read.
    }
  }
  const roots = [...stats].filter(([, s]) => s.cmd.includes(profile) && !s.cmd.includes('--type=')).map(([pid]) => pid);
  const tree = new Map<number, ProcessStat>();
  for (const [pid, s] of stats) {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = stats.get(at)?.parent) {
      if (roots.includes(at)) {
        tree.set(pid, s);
        break;
      }
    }
  }
  return tree;
}

/** CPU seconds used so far by the Chromium process tree whose browser process was started with `profile`. */
export async function chromiumCpuSeconds(profile: string): Promise<number> {
  return [...processTree(profile).values()].reduce((sum, s) => sum + s.cpu, 0);
}

/** Resident memory of that tree now, in bytes (shared pages counted in each process, as `ps` does). */
export function chromiumRssBytes(profile: string): number {
  let total = 0;
  for (const pid of processTree(profile).keys()) {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

/** The 1, 5 and 15 minute load averages, as `uptime` prints them. */
export const loadAverage = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

/** An unpacked extension's id: the SHA-256 of its path, the first 32 hex digits written a-p. */
export const unpackedExtensionId = (extDir: string): string =>
  [...createHash('sha256').update(extDir).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
