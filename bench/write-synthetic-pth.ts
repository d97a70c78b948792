// Writes the synthetic FID Inception weights as a legacy-format torch.save file (the format of pytorch-fid's
// published weights), for bench/torch_yardstick.py. Usage: npx tsx bench/write-synthetic-pth.ts OUT.pth
import { writeFileSync } from 'node:fs';
import { syntheticInceptionStateDict } from '../src/weights/synthetic.js';
import { legacyTorchSave } from '../tests/helpers/torch-save.js';

writeFileSync(process.argv[2] ?? 'synthetic-inception.pth', legacyTorchSave(syntheticInceptionStateDict()));
