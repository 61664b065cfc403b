// The browser driver for Stride Back's end-to-end tests and benchmarks (README.md here describes it).
export { DESKTOP, PHONE, launchBrowser, persistentProfile } from './engine.mjs';
export { App, artifacts, centre, openApp, openTab } from './app.mjs';
export { DIST, ensureBuilt, root, serveApp, stageRelease, startServer, staticServer } from './server.mjs';
export { LABELS } from './labels.mjs';
export * from './steps.mjs';
export { activate, axTree, fill, focusedNode, isInteractive, waitForFocus, waitForNode, waitForValue } from './access.mjs';
