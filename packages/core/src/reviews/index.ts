export * from './reviewStream';
export * from './reviewCommands';
export * from './reviewState';
export * from './reviewDecider';
export * from './views/reviewView';
export * from './views/restaurantReviewsProjection';
export * from './views/dinerReviewsProjection';
export * from './views/reviewQueries';
