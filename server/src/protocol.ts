// Messages the Pincite client and server exchange beyond standard LSP. Shared
// by both bundles; no imports, no side effects.

/** Sent by the server after each analysis so the client's status item can show it. */
export const STATUS_NOTIFICATION = 'pincite/status';

export interface StatusParams {
  uri: string;
  citations: number;
  authorities: number;
  findings: number;
  /** Milliseconds the last analysis took. */
  ms: number;
  /** Why the document was not analysed, when it was not. */
  skipped?: string;
}
