export * from './dates.js';
export * from './hierarchy.js';
export * from './members.js';
export * from './text.js';
export * from './scoring.js';
export * from './criteria-io.js';
export * from './meetings.js';
