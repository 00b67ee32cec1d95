export { DATA_AS_OF, RESTRUCTURE_ON, isDatabaseEmpty, seedBenchmarkProvince, seedDemoData, type SeedSummary } from './generate.js';
