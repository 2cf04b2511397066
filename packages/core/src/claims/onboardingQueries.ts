import type { StoredView, ViewStore } from '../projections/viewStore';
import { claimStreamOf } from './claimStream';
import { onboardingProjection, type OnboardingStatus, type OnboardingView } from './onboardingProjection';

/** A claim's onboarding view and the stream version it reflects; undefined when unknown. */
export async function getOnboarding(views: ViewStore, claimId: string): Promise<StoredView<OnboardingView> | undefined> {
  const stored = await views.get<OnboardingView>(onboardingProjection.name, claimStreamOf(claimId));
  return stored?.view ? stored : undefined;
}

export interface OnboardingPage {
  items: OnboardingView[];
  cursor?: string;
}

/** Onboardings in one status, longest there first, a page at a time (limit 1-100, default 20). */
export async function listOnboardings(views: ViewStore, status: OnboardingStatus, options: { limit?: number; cursor?: string } = {}): Promise<OnboardingPage> {
  const limit = Math.min(100, Math.max(1, options.limit ?? 20));
  const page = await views.query<OnboardingView>(onboardingProjection.name, 'status', status, { limit, cursor: options.cursor });
  return { items: page.items.flatMap((i) => (i.view ? [i.view] : [])), cursor: page.cursor };
}
