export interface Figure {
  /** Unique across all benches, e.g. `append.ratioToRawPut`. */
  key: string;
  value: number;
  unit: string;
  description: string;
}

export interface Bench {
  title: string;
  run: () => Promise<Figure[]>;
}
