import { checkClusterable, type ClusteringProblem } from './guards';
import { DEFAULT_KMEANS_OPTIONS, fitKMeans, type KMeansFit, type KMeansOptions } from './kmeans';
import { projectPca, type Projection } from './pca';
import type { Points } from './points';

/** A fit at one K with its scatter projection, or why it could not run. */
export type FitOutcome = ({ ok: true } & KMeansFit & { projection: Projection }) | { ok: false; reason: ClusteringProblem; customers: number; distinct: number };

/** What the worker's `fit` does: guard, fit, project. Kept here so it runs (and is tested) without a worker. */
export function fitWithProjection(points: Points, k: number, options: KMeansOptions = DEFAULT_KMEANS_OPTIONS): FitOutcome {
  const check = checkClusterable(points, k, k);
  if (!check.ok) return check;
  return { ok: true, ...fitKMeans(points, k, options), projection: projectPca(points) };
}
