export * from './dates.js';
export * from './hierarchy.js';
export * from './members.js';
export * from './text.js';
