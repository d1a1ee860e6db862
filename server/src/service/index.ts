// The service's front door: see service.ts.

export { PinciteService, checkCancelled, summaryOf } from './service';
export { AnalysisCancelled, scanDocument, skipReason, type Analysis } from './analysis';
export * from './types';
