import { CompiledPattern, keepSegments } from './compiledPattern';
import { compilePattern } from './compilePattern';
import { flattenEvent } from './flattenEvent';

/** Many named patterns matched together: the event is parsed and flattened once per call. */
export class PatternSet<Id = string> {
  private readonly entries: { id: Id; pattern: CompiledPattern }[] = [];
  private readonly segments = new Set<string>();
  private readonly keep = keepSegments(this.segments);

  /** Compiles and adds a pattern; throws PatternError if it is invalid. */
  add(id: Id, pattern: unknown): this {
    const compiled = pattern instanceof CompiledPattern ? pattern : compilePattern(pattern);
    this.entries.push({ id, pattern: compiled });
    for (const s of compiled.segments) this.segments.add(s);
    return this;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Ids of the patterns the event matches, in the order they were added. */
  matchAll(event: unknown): Id[] {
    const flat = flattenEvent(event, this.keep);
    const matched: Id[] = [];
    for (const { id, pattern } of this.entries) if (pattern.matches(flat)) matched.push(id);
    return matched;
  }
}
