/** An event pattern EventBridge would refuse (PutRule's InvalidEventPatternException). */
export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}
