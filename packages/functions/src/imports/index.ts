import type { Context } from '../app/context';
import { importsRoutes } from './importsRoutes';
import { importsSubscriptions } from './importsSubscriptions';
import { importsWorkflows } from './importsWorkflows';

/** Imports: bought restaurant lists uploaded as CSV, imported row by row, followed up for staff. */
export const imports: Context = {
  name: 'imports',
  routes: importsRoutes,
  subscriptions: importsSubscriptions,
  workflows: importsWorkflows,
  emitters: [{
    name: 'imports/importFromS3 (S3 upload trigger)',
    emits: ['ImportUploaded', 'RestaurantListed', 'RestaurantProfileUpdated', 'ImportCompleted', 'ImportFailed'],
  }],
};
