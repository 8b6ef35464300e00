// API load benchmark (`npm run bench:api`, which builds first): autocannon on 127.0.0.1 against
// POST /api/v1/assess with a real vignette's answers, and against a bare Hono route served by the
// same server process in the same run; 10 connections, a fixed duration each. Prints req/s, p50,
// p99, the ratio to the bare route and the server's resident memory, and checks them against the
// aims: at least half the bare route's throughput, p99 <= 20 ms, RSS < 200 MB, no non-2xx.
// `--soak` adds a 5-minute run on /assess and checks that memory grows by no more than 10%.
// Options: --duration=<seconds> (default 10), --soak-minutes=<n> (default 5).
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const given = args.find((arg) => arg.startsWith(`--${name}=`));
  return given === undefined ? fallback : Number(given.split('=')[1]);
};
const DURATION = option('duration', 10);
const SOAK_MINUTES = option('soak-minutes', 5);
const CONNECTIONS = 10;
const MB = 1024 * 1024;

const vignette = JSON.parse(
  readFileSync(join(here, '..', 'test', 'vignettes', 'own', 'stenosis-rollator-90.json'), 'utf8'),
);
const body = JSON.stringify(vignette.answers);

const child = fork(join(here, 'api-server.js'), [], {
  execArgv: ['--expose-gc'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const nextMessage = (type) =>
  new Promise((resolve) => {
    const listener = (message) => {
      if (message.type === type) {
        child.off('message', listener);
        resolve(message);
      }
    };
    child.on('message', listener);
  });

async function memory() {
  child.send('gc');
  await nextMessage('gc');
  child.send('memory');
  return nextMessage('memory');
}

/** CPU seconds the server process has used (Linux /proc), to report CPU per request. */
function serverCpuSeconds() {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function load(url, duration) {
  const cpuBefore = serverCpuSeconds();
  const result = await new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: CONNECTIONS,
        duration,
      },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
  });
  result.serverCpuPerRequestUs = ((serverCpuSeconds() - cpuBefore) * 1e6) / result.requests.total;
  return result;
}

function row(name, result) {
  return {
    route: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    'server CPU µs/req': Math.round(result.serverCpuPerRequestUs),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const { appPort, barePort } = await nextMessage('ready');
const assessUrl = `http://127.0.0.1:${appPort}/api/v1/assess`;
const bareUrl = `http://127.0.0.1:${barePort}/bare`;
const engineUrl = `http://127.0.0.1:${barePort}/engine`;

// Check the vignette is accepted before measuring anything.
const check = await fetch(assessUrl, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
});
if (check.status !== 200) {
  console.error(`POST /api/v1/assess answered ${check.status}: ${await check.text()}`);
  child.send('stop');
  process.exit(1);
}

const [load1] = loadavg();
if (load1 > 1.5) {
  console.log(
    `Note: load average ${load1.toFixed(1)} on this machine; other work shares the cores, so req/s is low and noisy. CPU µs/req is steadier.`,
  );
}
console.log(
  `Warming up (2 s each), then ${DURATION} s per route, ${CONNECTIONS} connections, 127.0.0.1, vignette ${vignette.id}`,
);
await load(bareUrl, 2);
await load(assessUrl, 2);
const bare = await load(bareUrl, DURATION);
const engineOnly = await load(engineUrl, DURATION);
const assess = await load(assessUrl, DURATION);
const after = await memory();

const ratio = assess.requests.average / bare.requests.average;
const cpuRatio = bare.serverCpuPerRequestUs / assess.serverCpuPerRequestUs;
console.table([
  row('bare Hono POST /bare', bare),
  row('engine alone: Hono POST /engine', engineOnly),
  row('POST /api/v1/assess', assess),
]);
console.log(
  `The full app serves ${((100 * assess.requests.average) / engineOnly.requests.average).toFixed(0)}% of the engine-alone route's req/s: ` +
    'the rest of the gap to the bare route is assess() and serialising its Result.',
);
const aims = [
  [
    'throughput ratio assess/bare >= 0.5',
    ratio >= 0.5,
    `${ratio.toFixed(3)} (by server CPU per request: ${cpuRatio.toFixed(3)})`,
  ],
  ['assess p99 <= 20 ms', assess.latency.p99 <= 20, `${assess.latency.p99} ms`],
  ['server RSS < 200 MB', after.rss < 200 * MB, `${(after.rss / MB).toFixed(1)} MB`],
  [
    'no non-2xx or errors',
    assess.non2xx + bare.non2xx + assess.errors + bare.errors === 0,
    String(assess.non2xx + assess.errors),
  ],
];

let soakFailed = false;
if (args.includes('--soak')) {
  const samples = [];
  const seconds = SOAK_MINUTES * 60;
  console.log(`Soak: ${SOAK_MINUTES} min on POST /api/v1/assess, RSS after GC every 30 s`);
  const soak = load(assessUrl, seconds);
  const started = Date.now();
  while (Date.now() - started < seconds * 1000 - 1000) {
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    const sample = await memory();
    samples.push(sample.rss);
    console.log(
      `  ${Math.round((Date.now() - started) / 1000)} s: RSS ${(sample.rss / MB).toFixed(1)} MB, heap ${(sample.heapUsed / MB).toFixed(1)} MB`,
    );
  }
  const soaked = await soak;
  const end = await memory();
  // The first sample is taken after 30 s of load, so start-up and JIT warm-up are behind it.
  const baseline = samples[0] ?? after.rss;
  const growth = (end.rss - baseline) / baseline;
  soakFailed = growth > 0.1;
  console.table([row(`POST /api/v1/assess, ${SOAK_MINUTES} min soak`, soaked)]);
  aims.push([
    'soak RSS growth <= 10%',
    !soakFailed,
    `${(growth * 100).toFixed(1)}% (${(baseline / MB).toFixed(1)} -> ${(end.rss / MB).toFixed(1)} MB)`,
  ]);
}

console.table(aims.map(([aim, met, value]) => ({ aim, value, met: met ? 'yes' : 'NO' })));
child.send('stop');
process.exitCode = aims.every(([, met]) => met) ? 0 : 1;
