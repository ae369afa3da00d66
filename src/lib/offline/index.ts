export { foreignOrigin, tallyForeignRequests, type ForeignTally } from './foreign-requests';
export { registerServiceWorker } from './register';
