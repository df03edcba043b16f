// Loaded into every Node.js process of the suite's build through NODE_OPTIONS=--require
// (tests/site/suite.ts): the machine reports 8 cores, as a host's builder or a laptop would, so
// Next.js starts as many static-generation workers as there, on this 2-core machine. Each process
// that loads it adds a line to REPORTED_CORES_LOG: `pid cores argv…`, which tests/static/build.test.ts
// reads to prove the build ran so, with more than one worker.
const { appendFileSync } = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
const os = require('node:os');

const CORES = 8;
const real = os.cpus();
os.cpus = () => Array.from({ length: CORES }, (_, i) => ({ ...real[i % real.length] }));
os.availableParallelism = () => CORES;
// `import { cpus } from 'node:os'` sees the same functions.
syncBuiltinESMExports();

if (process.env.REPORTED_CORES_LOG)
  appendFileSync(
    process.env.REPORTED_CORES_LOG,
    `${process.pid} ${os.availableParallelism()} ${process.argv.slice(1).join(' ')}\n`,
  );
