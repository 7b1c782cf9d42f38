import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getVcsPreset } from '@docusaurus/utils';
import type { VcsConfig } from '@docusaurus/types';
import { createResilientGitVcs, isInsideGitWorktree } from '../../plugins/git-last-update';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'allegro-vcs-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Writer',
      GIT_AUTHOR_EMAIL: 'writer@example.org',
      GIT_COMMITTER_NAME: 'Writer',
      GIT_COMMITTER_EMAIL: 'writer@example.org',
      GIT_AUTHOR_DATE: '2024-03-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2024-03-01T12:00:00Z',
    },
  });
}

describe('resilient Git last-update dates', () => {
  it('returns the last commit date of a tracked file', async () => {
    const dir = tempDir();
    git(dir, 'init', '-q');
    writeFileSync(path.join(dir, 'page.mdx'), '# Page\n');
    git(dir, 'add', 'page.mdx');
    git(dir, 'commit', '-q', '-m', 'Add page');

    const warn = vi.fn();
    const vcs = createResilientGitVcs({ delegate: getVcsPreset('git-ad-hoc'), warn });
    vcs.initialize({ siteDir: dir });
    const info = await vcs.getFileLastUpdateInfo(path.join(dir, 'page.mdx'));
    expect(info).toEqual({ timestamp: Date.parse('2024-03-01T12:00:00Z'), author: 'Writer' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('gives no date and warns once when the site is not in a Git worktree', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'page.mdx'), '# Page\n');
    expect(isInsideGitWorktree(dir)).toBe(false);

    const delegate: VcsConfig = {
      initialize: vi.fn(),
      getFileCreationInfo: vi.fn(async () => {
        throw new Error('must not be called');
      }),
      getFileLastUpdateInfo: vi.fn(async () => {
        throw new Error('must not be called');
      }),
    };
    const warn = vi.fn();
    const vcs = createResilientGitVcs({ delegate, warn });
    vcs.initialize({ siteDir: dir });
    await expect(vcs.getFileLastUpdateInfo(path.join(dir, 'page.mdx'))).resolves.toBeNull();
    await expect(vcs.getFileCreationInfo(path.join(dir, 'page.mdx'))).resolves.toBeNull();
    expect(delegate.initialize).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/not inside a Git worktree/);
  });

  it('turns a failing Git read into no date instead of a failed build', async () => {
    const delegate: VcsConfig = {
      initialize: () => {},
      getFileCreationInfo: async () => null,
      getFileLastUpdateInfo: async () => {
        throw new Error('fatal: your current branch appears to be broken\nmore detail');
      },
    };
    const warn = vi.fn();
    const vcs = createResilientGitVcs({ delegate, warn, isInsideGitWorktree: () => true });
    vcs.initialize({ siteDir: '/site' });
    await expect(vcs.getFileLastUpdateInfo('/site/docs/a.mdx')).resolves.toBeNull();
    await expect(vcs.getFileLastUpdateInfo('/site/docs/b.mdx')).resolves.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe(
      'Could not read last update dates from Git (fatal: your current branch appears to be ' +
        'broken); pages show no last-updated date.',
    );
  });

  it('keeps the arity Docusaurus validates (one parameter per function)', () => {
    const vcs = createResilientGitVcs({ isInsideGitWorktree: () => false, warn: () => {} });
    expect(vcs.initialize.length).toBeLessThanOrEqual(1);
    expect(vcs.getFileCreationInfo.length).toBe(1);
    expect(vcs.getFileLastUpdateInfo.length).toBe(1);
  });
});
