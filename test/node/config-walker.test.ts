// The one config walker of the CLI and the editor, on a file system in memory: what it finds, what
// it merges, where it stops, what it reads (and how often), and what a broken config becomes.
import { describe, expect, it } from 'vitest'
import * as engine from '../../src/engine/index.js'
import { ConfigWalker, type ConfigFileSystem, type WalkerHooks } from '../../src/node/config-walker.js'
import { FileReadError } from '../../src/node/read-file.js'

/** Files by absolute POSIX path; a FileReadError stands for a file that cannot be read. */
class MemoryFs implements ConfigFileSystem {
  readonly reads: string[] = []
  constructor(readonly files: Record<string, string | FileReadError>) {}

  parent(path: string): string {
    return path === '/' ? '/' : path.slice(0, path.lastIndexOf('/')) || '/'
  }

  join(folder: string, name: string): string {
    return folder === '/' ? `/${name}` : `${folder}/${name}`
  }

  relative(folder: string, path: string): string | undefined {
    if (path === folder) return ''
    const prefix = folder === '/' ? '/' : `${folder}/`
    return path.startsWith(prefix) ? path.slice(prefix.length) : undefined
  }

  display(path: string): string {
    return `mem:${path}`
  }

  async readConfig(path: string): Promise<string | undefined> {
    this.reads.push(path)
    await Promise.resolve()
    const file = this.files[path]
    if (file instanceof FileReadError) throw file
    return file
  }
}

const FILES = {
  '/.cluetrain.yaml': 'rules:\n  hype: error\naccept: [Outer]\n',
  '/repo/.cluetrain.yml': 'root: true\nrules:\n  buzzwords: off\naccept: [Repo]\nignore: ["drafts/**"]\n',
  '/repo/docs/.cluetrain.yaml': 'rules:\n  buzzwords: warning\naccept: [Docs]\nignore: ["old.md"]\n',
}

const walkerOn = (files: Record<string, string | FileReadError>, hooks?: WalkerHooks) => {
  const fs = new MemoryFs(files)
  return { fs, walker: new ConfigWalker(fs, () => engine, hooks) }
}

describe('ConfigWalker', () => {
  it('merges the configs upward, outermost first and nearest last, and stops at root: true', async () => {
    const { walker } = walkerOn(FILES)
    const { config, files } = await walker.forFile('/repo/docs/guide/a.md')
    expect(files.map((f) => [f.path, f.base])).toEqual([
      ['/repo/docs/.cluetrain.yaml', '/repo/docs'],
      ['/repo/.cluetrain.yml', '/repo'],
    ])
    expect(config).toEqual({ rules: { buzzwords: 'warning' }, accept: ['Repo', 'Docs'] })
    // Beside the root config's folder, the outer one applies.
    expect((await walker.forFile('/other/b.md')).config).toEqual({ rules: { hype: 'error' }, accept: ['Outer'] })
  })

  it('prefers .cluetrain.yaml to .cluetrain.yml in one folder', async () => {
    const { walker } = walkerOn({ '/a/.cluetrain.yaml': 'accept: [Yaml]\n', '/a/.cluetrain.yml': 'accept: [Yml]\n' })
    expect((await walker.forFile('/a/x.md')).config.accept).toEqual(['Yaml'])
  })

  it('looks no higher than the top folder it is given', async () => {
    const { fs, walker } = walkerOn(FILES)
    expect((await walker.forFile('/repo/docs/a.md', '/repo/docs')).files.map((f) => f.path)).toEqual(['/repo/docs/.cluetrain.yaml'])
    expect(fs.reads).not.toContain('/repo/.cluetrain.yaml')
    // A document outside any workspace folder: its own folder only.
    expect((await walker.forFile('/elsewhere/a.md', '/elsewhere')).files).toEqual([])
    expect(fs.reads).not.toContain('/.cluetrain.yaml')
  })

  it('reads each folder once, also for lookups at the same time, until a config in it changes', async () => {
    const { fs, walker } = walkerOn({ ...FILES })
    await Promise.all(['/repo/docs/a.md', '/repo/docs/b.md', '/repo/docs/guide/c.md', '/repo/d.md'].map((path) => walker.forFile(path)))
    const readsOf = (path: string) => fs.reads.filter((read) => read === path).length
    expect(readsOf('/repo/docs/.cluetrain.yaml')).toBe(1)
    expect(readsOf('/repo/.cluetrain.yaml')).toBe(1)
    const before = fs.reads.length

    fs.files['/repo/docs/.cluetrain.yaml'] = 'accept: [Changed]\n'
    expect((await walker.forFile('/repo/docs/a.md')).config.accept).toEqual(['Repo', 'Docs'])
    walker.forget('/repo/docs/.cluetrain.yaml')
    expect((await walker.forFile('/repo/docs/a.md')).config.accept).toEqual(['Repo', 'Changed'])
    // Only the changed folder was read again; the folders above it were merged from memory.
    expect(fs.reads.slice(before)).toEqual(['/repo/docs/.cluetrain.yaml'])

    delete fs.files['/repo/.cluetrain.yml']
    walker.forget('/repo/.cluetrain.yml')
    expect((await walker.forFile('/repo/docs/a.md')).config.accept).toEqual(['Outer', 'Changed'])
    walker.clear()
    await walker.forFile('/repo/docs/a.md')
    expect(readsOf('/repo/docs/.cluetrain.yaml')).toBe(3)
  })

  it('says which files a config ignores, relative to its own folder', async () => {
    const { walker } = walkerOn(FILES)
    const effective = await walker.forFile('/repo/docs/old.md')
    expect(walker.isIgnored('/repo/docs/old.md', effective)).toBe(true)
    expect(walker.isIgnored('/repo/docs/new.md', effective)).toBe(false)
    expect(walker.isIgnored('/repo/drafts/x.md', await walker.forFile('/repo/drafts/x.md'))).toBe(true)
    expect(walker.isIgnored('/repo/docs/drafts/x.md', await walker.forFile('/repo/docs/drafts/x.md'))).toBe(false)
  })

  it('throws a broken config as a ConfigError naming the file and the line', async () => {
    const { walker } = walkerOn({ ...FILES, '/repo/docs/.cluetrain.yaml': 'rules:\n  hype: [\n' })
    const error = await walker.forFile('/repo/docs/a.md').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(engine.ConfigError)
    expect((error as engine.ConfigError).path).toBe('mem:/repo/docs/.cluetrain.yaml')
    expect((error as engine.ConfigError).line).toBeGreaterThan(1)
  })

  it('makes a config that cannot be read a ConfigError on line 1 with the reader’s reason', async () => {
    const tooLarge = new FileReadError('/a/.cluetrain.yaml', { kind: 'too-large', size: 2e6, limit: 1e6 })
    const { walker } = walkerOn({ '/a/.cluetrain.yaml': tooLarge })
    await expect(walker.forFile('/a/x.md')).rejects.toMatchObject({ path: 'mem:/a/.cluetrain.yaml', line: 1, reason: 'larger than 1 MB (2 MB), the most a configuration may be' })
  })

  it('with a failed hook, reports a broken config once and goes on without it', async () => {
    const failures: string[] = []
    const broken = new FileReadError('/repo/docs/.cluetrain.yaml', { kind: 'not-a-file', what: 'a FIFO' })
    const { walker } = walkerOn({ ...FILES, '/repo/docs/.cluetrain.yaml': broken }, { failed: (path, error) => failures.push(`${path}: ${error.reason}`) })
    for (const name of ['a.md', 'b.md']) expect((await walker.forFile(`/repo/docs/${name}`)).files.map((f) => f.path)).toEqual(['/repo/.cluetrain.yml'])
    expect(failures).toEqual(['/repo/docs/.cluetrain.yaml: not a regular file (a FIFO)'])
  })

  it('keeps what the loaded hook keeps of each config', async () => {
    const { walker } = walkerOn({ '/a/.cluetrain.yaml': 'accept: [Kept]\nphrases:\n  - phrase: rockstar\n' }, { loaded: (_path, config) => engine.forUntrustedWorkspace(config).config })
    expect((await walker.forFile('/a/x.md')).config).toEqual({ accept: ['Kept'] })
  })
})
