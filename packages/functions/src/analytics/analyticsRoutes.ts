import { defineRoute } from '../http/route';
import { logPageResponse, logQueryParams } from './analyticsRequests';

export const getLogRoute = defineRoute({
  method: 'GET', path: '/log', operationId: 'getLog', summary: 'Events of the log in time order, selected by an EventBridge pattern',
  auth: ['staff'], handler: 'analytics/getLog', needs: ['events:readByDay'],
  request: { query: logQueryParams }, response: logPageResponse,
});

/** The analytics context's routes. */
export const analyticsRoutes = [getLogRoute];
