export { DEFAULT_TOP_FRACTIONS, topCount, topShares, type TopShare } from './pareto';
export { DEFAULT_LORENZ_POINTS, gini, lorenzCurve, type LorenzCurve } from './lorenz';
export { concentration, concentrationByGroup, revenueOrder, type Concentration, type ConcentrationOptions } from './by-group';
