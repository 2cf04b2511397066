import type { OnboardingTimings, EventStore, IdempotencyStore, Mailer, ObjectStore, RecommendationSignalsStore, ViewStore, Workflows } from '@forkcast/core';
import type { SearchIndexStore } from '@forkcast/core/searchIndex';

/** Settings a handler reads, from the stage's configuration (env on AWS, the runtime locally). */
export interface Settings {
  /** Where messages to Forkcast's own staff go. */
  staffEmail: string;
  /** Days without a SpecialPosted/SpecialWithdrawn after which an owner is reminded (default 14). */
  specialsStaleAfterDays?: number;
  /** Shorter onboarding waits for a stage or a test (defaultOnboardingTimings otherwise). */
  onboarding?: Partial<OnboardingTimings>;
  /**
   * How long a review's notification waits for the restaurant to answer (seconds); the workflow's
   * default (14 days) when absent. Tests and demos shorten it.
   */
  reviewResponseWaitSeconds?: number;
}

/** The freshness period in force: the setting, else two weeks. */
export const specialsStaleAfterDays = (settings: Settings): number => settings.specialsStaleAfterDays ?? 14;

/**
 * Everything a handler may need from outside: each handler module's `build(deps)` takes the part
 * it uses. On AWS its `handler` builds them once from the environment (app/aws/); the local runtime
 * passes its own, so two runtimes in one process never share a store.
 */
export interface Dependencies {
  events: EventStore;
  views: ViewStore;
  /** The imports bucket: uploaded CSVs and their reports. */
  importsBucket: ObjectStore;
  workflows: Workflows;
  mailer: Mailer;
  settings: Settings;
  /** Idempotency-Key records of HTTP commands (the pipeline replays first answers from it). */
  idempotency: IdempotencyStore;
  /** The restaurant search index: a snapshot in S3 on AWS, in memory locally. */
  searchIndex: SearchIndexStore;
  /** What the recommender knows of diners (feedback, preferences). */
  recommendationSignals: RecommendationSignalsStore;
  /** The public web site's base URL (e.g. https://forkcast.example): shared links point there. */
  publicSiteUrl: string;
  /** The time handlers go by where a rule depends on it (current specials, freshness); default the system clock. */
  clock?: () => Date;
  /** Signs the tokens of links in emails (claim verification, claim invitations): 32 characters or more. */
  linkSecret: string;
}

/** What a handler module exports: the AWS entry point and the builder the local runtime calls. */
export interface HandlerModule<Handler> {
  handler: Handler;
  build: (deps: Dependencies) => Handler;
}
