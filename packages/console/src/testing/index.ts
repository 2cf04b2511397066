export * from './launchChromium';
export * from './checkAccessibility';
export * from './consoleSession';
export * from './consoleFlows';
export * from './useConsoleSession';
