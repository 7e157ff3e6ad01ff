/** The files named on a command line: files as given, folders walked recursively (hidden entries skipped), sorted. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ListedFiles {
  files: string[];
  /** Paths that could not be read, with the reason. */
  missing: Array<{ path: string; reason: string }>;
}

export async function listFiles(paths: string[]): Promise<ListedFiles> {
  const files: string[] = [];
  const missing: ListedFiles['missing'] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) files.push(p);
    }
  };
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p);
      else files.push(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      missing.push({ path: p, reason: code === 'ENOENT' ? 'no such file or directory' : (e as Error).message });
    }
  }
  return { files, missing };
}
