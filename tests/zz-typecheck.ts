import type { MetricName, MetricGroup, MetricGroupName } from '../src/metrics/registry.js';
const a: MetricName = 'nope';
const b: MetricGroup = 'elbo';
const c: MetricGroupName = 'elbo';
type Eq<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;
const d: Eq<MetricName, 'fid' | 'kid' | 'is' | 'precision' | 'recall' | 'density' | 'coverage' | 'elbo-bpd' | 'fd-inf' | 'memorization'> = true;
const e: Eq<MetricGroup, 'fid' | 'kid' | 'is' | 'prdc' | 'fdinf'> = true;
export { a, b, c, d, e };
