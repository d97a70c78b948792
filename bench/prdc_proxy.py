"""A same-machine proxy of a python process running prdc's `compute_prdc` (clovaai/generative-evaluation-prdc,
source of 2020-07-13, MIT), for timing only: prdc cannot be installed here. The functions below follow that source's
algorithm line for line (scikit-learn's `pairwise_distances(..., metric='euclidean', n_jobs=8)` for the three
distance matrices, the (k+1)-th smallest value of each row by `np.argpartition` as the radius, strict comparisons);
the process loads the two feature sets from .npz files (the `features` member that fid-gate's stats files carry)
and prints the four numbers.
Usage: /usr/bin/python3 bench/prdc_proxy.py REAL.npz FAKE.npz [K]   (Debian python3-sklearn, python3-numpy)
With PRDC_SRC=DIR (a checkout of clovaai/generative-evaluation-prdc), the real package's compute_prdc runs instead of
the functions below; the loading and printing stay the same.
"""
import os
import sys

import numpy as np
import sklearn.metrics


def compute_pairwise_distance(data_x, data_y=None):
    if data_y is None:
        data_y = data_x
    return sklearn.metrics.pairwise_distances(data_x, data_y, metric='euclidean', n_jobs=8)


def get_kth_value(unsorted, k, axis=-1):
    indices = np.argpartition(unsorted, k, axis=axis)[..., :k]
    k_smallests = np.take_along_axis(unsorted, indices, axis=axis)
    return k_smallests.max(axis=axis)


def compute_nearest_neighbour_distances(input_features, nearest_k):
    distances = compute_pairwise_distance(input_features)
    return get_kth_value(distances, k=nearest_k + 1, axis=-1)


def compute_prdc(real_features, fake_features, nearest_k):
    real_nearest_neighbour_distances = compute_nearest_neighbour_distances(real_features, nearest_k)
    fake_nearest_neighbour_distances = compute_nearest_neighbour_distances(fake_features, nearest_k)
    distance_real_fake = compute_pairwise_distance(real_features, fake_features)
    precision = (distance_real_fake < np.expand_dims(real_nearest_neighbour_distances, axis=1)).any(axis=0).mean()
    recall = (distance_real_fake < np.expand_dims(fake_nearest_neighbour_distances, axis=0)).any(axis=1).mean()
    density = (1. / float(nearest_k)) * (distance_real_fake < np.expand_dims(real_nearest_neighbour_distances, axis=1)).sum(axis=0).mean()
    coverage = (distance_real_fake.min(axis=1) < real_nearest_neighbour_distances).mean()
    return dict(precision=precision, recall=recall, density=density, coverage=coverage)


def main():
    real_file, fake_file = sys.argv[1:3]
    k = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    with np.load(real_file) as f:
        real = f['features'][:]
    with np.load(fake_file) as f:
        fake = f['features'][:]
    run = compute_prdc
    if os.environ.get('PRDC_SRC'):
        sys.path.insert(0, os.environ['PRDC_SRC'])
        from prdc import compute_prdc as run  # noqa: E402
    m = run(real_features=real, fake_features=fake, nearest_k=k)
    print(' '.join(f'{name}: {float(v):.6f}' for name, v in m.items()))


if __name__ == '__main__':
    main()
