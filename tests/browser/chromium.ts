/**
 * The system's Chromium (Debian's `chromium` package), driven by playwright-core — never a browser
 * download. `NEWSMARK_CHROMIUM` names another binary. Each run gets a fresh profile folder; the flags
 * keep Chromium from making connections of its own (updates, sync, field trials), which the sandboxed
 * test machine would refuse.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.NEWSMARK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  return candidates.find((p) => fs.existsSync(p));
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A started browser, or why none could start (for the skip message). */
export async function startChromium(options: { width?: number; height?: number } = {}): Promise<Browser | string> {
  const executablePath = chromiumPath();
  if (!executablePath) return 'no Chromium found (apt-get install chromium, or set NEWSMARK_CHROMIUM)';
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return 'playwright-core is not installed (npm ci)';
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      timeout: 20_000,
    });
    return {
      context,
      async close() {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(profile, { recursive: true, force: true });
    return `${executablePath} did not start (${(error as Error).message.split('\n')[0]})`;
  }
}
