export * from './buildConsole';
