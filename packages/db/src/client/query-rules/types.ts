/** One model query as a rule sees it: rules return new args (or throw), never mutate. */
export interface ModelQuery {
  readonly model: string;
  readonly operation: string;
  readonly args: QueryArgs;
}

export type QueryArgs = Record<string, unknown>;
