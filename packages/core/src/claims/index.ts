export * from './claimStream';
export * from './claimCommands';
export * from './claimState';
export * from './claimDecider';
export * from './claimLinks';
export * from './onboardingTimings';
export * from './onboardingProjection';
export * from './onboardingQueries';
