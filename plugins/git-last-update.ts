/**
 * "Last updated" dates that never break the build.
 *
 * Docusaurus reads each doc's last commit from Git (with `future.v4` it reads the whole history
 * once, eagerly). That works in CI on a fresh clone, which has full history. It throws when the
 * site is built outside a Git worktree (a downloaded source archive, a Docker context without
 * `.git`), and a damaged repository makes `git log` fail. This wrapper keeps Docusaurus' own
 * strategy and turns those cases into "no date" plus one warning: pages then show no
 * last-updated line, or the `last_update.date` from their front matter when they set one.
 */
import { execFileSync } from 'node:child_process';
import type { VcsChangeInfo, VcsConfig } from '@docusaurus/types';
import { getVcsPreset } from '@docusaurus/utils';

export type ResilientVcsOptions = {
  /** The strategy used when Git works. Default: Docusaurus' `default-v2` (eager Git reading). */
  delegate?: VcsConfig;
  /** Whether `siteDir` is inside a Git worktree. Default: asks `git rev-parse`. */
  isInsideGitWorktree?: (siteDir: string) => boolean;
  /** Where warnings go. Default: `console.warn`. */
  warn?: (message: string) => void;
};

export function isInsideGitWorktree(siteDir: string): boolean {
  try {
    const output = execFileSync('git', ['rev-parse', '--is-inside-work-tree'], {
      cwd: siteDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return output.trim() === 'true';
  } catch {
    // Git is not installed, or siteDir is not in a repository.
    return false;
  }
}

export function createResilientGitVcs(options: ResilientVcsOptions = {}): VcsConfig {
  const delegate = options.delegate ?? getVcsPreset('default-v2');
  const checkWorktree = options.isInsideGitWorktree ?? isInsideGitWorktree;
  const warn = options.warn ?? ((message: string) => console.warn(`[WARNING] ${message}`));
  let gitAvailable = true;
  let warned = false;

  function warnOnce(message: string): void {
    if (warned) return;
    warned = true;
    warn(message);
  }

  async function read(
    what: 'creation' | 'last update',
    lookup: () => Promise<VcsChangeInfo | null>,
  ): Promise<VcsChangeInfo | null> {
    if (!gitAvailable) return null;
    try {
      return await lookup();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      warnOnce(
        `Could not read ${what} dates from Git (${reason}); pages show no last-updated date.`,
      );
      return null;
    }
  }

  // Docusaurus validates the arity of these functions: each takes exactly one parameter.
  return {
    initialize: (params) => {
      gitAvailable = checkWorktree(params.siteDir);
      if (!gitAvailable) {
        warnOnce(
          'The site is not inside a Git worktree (or Git is not installed); pages show no ' +
            'last-updated date unless their front matter sets last_update.date.',
        );
        return;
      }
      delegate.initialize(params);
    },
    getFileCreationInfo: (filePath) =>
      read('creation', () => delegate.getFileCreationInfo(filePath)),
    getFileLastUpdateInfo: (filePath) =>
      read('last update', () => delegate.getFileLastUpdateInfo(filePath)),
  };
}
