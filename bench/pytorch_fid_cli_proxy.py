"""What `python -m pytorch_fid A.npz B.npz --device cpu` does, for a same-machine timing of the whole process
(pytorch-fid itself cannot be installed here). Its main() builds the FID Inception and loads its weights even when
both inputs are statistics files, reads mu/sigma with np.load, and calls calculate_frechet_distance
(scipy.linalg.sqrtm). The network is bench/torch_yardstick.py's; the Fréchet distance is pytorch-fid 0.3's formula.
Usage: python3 bench/pytorch_fid_cli_proxy.py A.npz B.npz WEIGHTS.pth   (Debian python3-torch, python3-scipy)
"""
import os
import sys

import numpy as np
import torch
from scipy import linalg

sys.path.insert(0, os.path.dirname(__file__))
from torch_yardstick import FidInception  # noqa: E402


def calculate_frechet_distance(mu1, sigma1, mu2, sigma2, eps=1e-6):
    diff = mu1 - mu2
    covmean, _ = linalg.sqrtm(sigma1.dot(sigma2), disp=False)
    if not np.isfinite(covmean).all():
        offset = np.eye(sigma1.shape[0]) * eps
        covmean = linalg.sqrtm((sigma1 + offset).dot(sigma2 + offset))
    if np.iscomplexobj(covmean):
        covmean = covmean.real
    return diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean)


def main():
    a, b, weights = sys.argv[1:4]
    model = FidInception().eval()
    model.load_state_dict(torch.load(weights), strict=False)
    stats = []
    for p in (a, b):
        with np.load(p) as f:
            stats.append((f['mu'][:], f['sigma'][:]))
    print('FID: ', calculate_frechet_distance(*stats[0], *stats[1]))


if __name__ == '__main__':
    main()
