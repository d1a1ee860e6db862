// The settings a document is checked with in the editor: `pincite.*` asked
// of the client per resource (never kept in a global: a workspace folder may
// configure Pincite differently), over the nearest `.pincite.json`, which is
// read once per folder until a watched settings file changes. Problems in a
// settings file are logged and shown once: the well-formed parts apply, the
// rest is named with its line and column.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { formatProblem, loadConfigFor, mergeConfig, type ConfigProblem, type ProjectConfig } from '../config';
import type { DocumentSettings } from '../service/types';
import { DEFAULT_SETTINGS, sanitize, type PinciteSettings } from '../settings';

export class EditorSettings {
  /** The client answers `workspace/configuration`; when it does not, the initialization options and pushed changes stand. */
  canPull = false;
  private initial: PinciteSettings = DEFAULT_SETTINGS;
  /** Per-document settings requests, cleared when configuration changes. */
  private readonly byUri = new Map<string, Promise<PinciteSettings>>();
  /** `.pincite.json` settings per folder. */
  private readonly projectConfigs = new Map<string, ProjectConfig>();
  /** Settings-file problems already shown to the user. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly log: (message: string) => void,
  ) {}

  /** What the client sent with `initialize`. */
  initialize(options: unknown): void {
    this.initial = sanitize(options);
  }

  get initialSettings(): PinciteSettings {
    return this.initial;
  }

  /** The editor's settings for a resource. */
  forResource(uri: string): Promise<PinciteSettings> {
    if (!this.canPull) return Promise.resolve(this.initial);
    let p = this.byUri.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'pincite' }).then(sanitize, () => this.initial);
      this.byUri.set(uri, p);
    }
    return p;
  }

  /** The window-scope settings (`pincite.opinionFolders`). */
  window(): Promise<PinciteSettings> {
    return this.canPull ? this.connection.workspace.getConfiguration('pincite').then(sanitize, () => this.initial) : Promise.resolve(this.initial);
  }

  /** The settings the service checks a document with: the project's .pincite.json first, the editor's explicit settings on top. */
  async forDocument(uri: string): Promise<DocumentSettings> {
    const s = await this.forResource(uri);
    return {
      // Turned off for this resource: no language is checked, so the service answers nothing.
      languages: s.enable ? s.languages : [],
      maxDocumentSize: s.maxDocumentSize,
      codeLens: s.codeLens,
      toaPassim: s.toaPassim,
      checkOptions: () =>
        mergeConfig(this.projectConfigFor(uri), {
          rules: s.rules,
          citationSpacing: s.citationSpacing,
          parallelSupremeCourt: s.parallelSupremeCourt,
          // `auto` is the setting's default, so it leaves a project's .pincite.json style in force.
          style: s.style === 'auto' ? undefined : s.style,
        }),
    };
  }

  /** The client's configuration changed; a client that cannot be asked sends the new settings with the change. */
  changed(pushed: unknown): void {
    this.byUri.clear();
    if (!this.canPull) this.initial = sanitize((pushed as { pincite?: unknown } | undefined)?.pincite);
  }

  /** A .pincite.json was created, changed or deleted. */
  projectFilesChanged(): void {
    this.projectConfigs.clear();
    this.reported.clear();
  }

  closed(uri: string): void {
    this.byUri.delete(uri);
  }

  private projectConfigFor(uri: string): ProjectConfig {
    if (!uri.startsWith('file:')) return {};
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return {};
    }
    const dir = path.dirname(file);
    let cfg = this.projectConfigs.get(dir);
    if (!cfg) {
      const problems: ConfigProblem[] = [];
      cfg = loadConfigFor(file, problems);
      for (const p of problems) this.log(`pincite: ${formatProblem(p)}`);
      // Once per settings file and change.
      const shown = problems.map(formatProblem).join('\n');
      if (shown && !this.reported.has(shown)) {
        this.reported.add(shown);
        void this.connection.window.showErrorMessage(`Pincite: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} in ${problems[0].file}: ${shown}`);
      }
      this.projectConfigs.set(dir, cfg);
    }
    return cfg;
  }
}
