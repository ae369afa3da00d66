export { detectNpsScale, HEALTH_COMPONENTS, healthComponents, trendScores, type HealthComponent, type HealthComponents, type HealthInputs, type NpsScale } from './components';
export { percentileRanks } from './percentile-rank';
export {
  DEFAULT_HEALTH_BANDS,
  HEALTH_BANDS,
  healthBands,
  healthHistogram,
  healthIndex,
  NO_HEALTH_BAND,
  normalisedWeights,
  type HealthBand,
  type HealthBandThresholds,
  type HealthBin,
  type HealthWeights,
} from './index-score';
