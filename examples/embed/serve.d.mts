/** The strict policy every answer carries by default: `default-src 'self'`. */
export declare const STRICT_CSP: string;

export interface EmbedServerOptions {
  /** 0 (default when imported) takes a free port. */
  port?: number;
  host?: string;
  /** The built bundle served at `/polku/`; default `packages/elements/dist`. */
  bundle?: string;
  /** The models served at `/models/`; default the repository's `models/`. */
  models?: string;
  /** The Content-Security-Policy header; `false` sends none. Default {@link STRICT_CSP}. */
  csp?: string | false;
  /** More folders by URL prefix (`{ '/fixtures/': '/abs/path' }`), tried first. */
  mounts?: Record<string, string>;
}

export interface EmbedServer {
  /** Where it listens, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/** Serves the embed pages, the built bundle and the models with a real CSP response header. */
export declare function serveEmbed(options?: EmbedServerOptions): Promise<EmbedServer>;
