export * from './routes/route';
export * from './routes/routeTable';
export * from './routes/openApi';
export * from './config/environment';
export * from './imports/index';
export * from './http/problemDetails';
export * from './http/problemResponse';
export * from './subscriptions';
