/**
 * How long the onboarding waits, in seconds, passed in each execution's input so a stage (or a
 * test) can shorten them without another ASL file.
 */
export interface OnboardingTimings {
  /** How long the verification link works and the onboarding waits for it (7 days). */
  verifyWithinSeconds: number;
  /** How often the onboarding looks again for a contact staff may have added (a day). */
  contactRecheckSeconds: number;
  /** How many of those looks before the claim expires (14: two weeks). */
  contactChecks: number;
  /** A "day" of the training series (lessons on days 1, 3 and 7; the specials check on day 14). */
  daySeconds: number;
}

export const defaultOnboardingTimings: OnboardingTimings = {
  verifyWithinSeconds: 7 * 86_400,
  contactRecheckSeconds: 86_400,
  contactChecks: 14,
  daySeconds: 86_400,
};
