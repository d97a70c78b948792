// The GitHub side, in process against the local fake API: the sticky comment (paginated lookup, update in place,
// one per key, only ever its own author's), read-only tokens, retries with backoff and Retry-After, GITHUB_API_URL
// read at call time.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createOctokit } from '../../src/github/client.js';
import { describeApiError, retryAfterMs, withRetry } from '../../src/github/retry.js';
import { ACTIONS_BOT_LOGIN, commenterLogin, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { markerFor } from '../../src/report/markdown.js';
import { FakeGitHub } from '../helpers/fake-github.js';

const TOKEN = 'ghs_fakeTokenValue123';
let fake: FakeGitHub;

before(async () => {
  fake = await new FakeGitHub().start();
  // set after the modules were imported: createOctokit must read it at call time
  process.env.GITHUB_API_URL = fake.url;
});
after(() => fake.close());

const quiet = { log: () => undefined };

test('sticky comment: created once, found on a later page and updated in place; another key gets its own', async () => {
  fake.addOtherComments(7, 150);
  const octokit = await createOctokit(TOKEN, quiet);
  const target = { owner: 'o', repo: 'r', issueNumber: 7, marker: markerFor('default') };
  const first = await upsertStickyComment(octokit, target, `${target.marker}\nfirst`);
  assert.equal(first.action, 'created');
  assert.match(first.url ?? '', /#issuecomment-\d+$/);
  assert.equal(
    fake.requests.filter((r) => r.method === 'GET' && r.path.includes('/issues/7/comments')).length,
    2,
    'both pages of 100 were read',
  );
  assert.ok(
    fake.requests.every((r) => r.authorization === `token ${TOKEN}`),
    'token sent to the fake (so baseUrl was taken at call time)',
  );

  fake.addOtherComments(7, 60); // the sticky comment is now in the middle of page 2 of 3
  const second = await upsertStickyComment(octokit, target, `${target.marker}\nsecond`);
  assert.equal(second.action, 'updated');
  assert.equal(second.id, first.id);
  const mine = fake.comments.get(7)!.filter((c) => c.body.startsWith(target.marker));
  assert.equal(mine.length, 1);
  assert.equal(mine[0].body, `${target.marker}\nsecond`);

  const other = await upsertStickyComment(
    octokit,
    { ...target, marker: markerFor('cifar') },
    `${markerFor('cifar')}\nx`,
  );
  assert.equal(other.action, 'created');
  assert.notEqual(other.id, first.id);
  // a comment that merely quotes the marker is not ours
  fake.comments
    .get(7)!
    .push({ id: 1, body: `> ${markerFor('quoted')}`, html_url: 'x', user: { login: 'u', type: 'User' } });
  assert.equal(
    (await upsertStickyComment(octokit, { ...target, marker: markerFor('quoted') }, `${markerFor('quoted')}\ny`))
      .action,
    'created',
  );
  // on-failure policy, passing run: an existing comment is kept up to date, none is created
  assert.equal(
    (
      await upsertStickyComment(octokit, { ...target, marker: markerFor('new') }, `${markerFor('new')}\nz`, {
        create: false,
      })
    ).action,
    'skipped',
  );
  assert.equal(
    (await upsertStickyComment(octokit, target, `${target.marker}\nthird`, { create: false })).action,
    'updated',
  );
  await assert.rejects(upsertStickyComment(octokit, target, 'no marker'), /must start with its marker/);
});

test('read-only token: 403 on the comment is a skip with one reason, not an error', async () => {
  fake.commentsForbidden = true;
  try {
    const octokit = await createOctokit(TOKEN, quiet);
    const r = await upsertStickyComment(
      octokit,
      { owner: 'o', repo: 'r', issueNumber: 8, marker: markerFor('default') },
      `${markerFor('default')}\nx`,
    );
    assert.equal(r.action, 'skipped');
    assert.match(r.reason ?? '', /HTTP 403: Resource not accessible by integration.*fork.*verdict is unchanged/s);
    assert.ok(!(r.reason ?? '').includes(TOKEN));
  } finally {
    fake.commentsForbidden = false;
  }
});

test('retries: 5xx and 429 with backoff, Retry-After honoured and capped; 4xx not retried', async () => {
  const delays: number[] = [];
  const sleep = async (ms: number) => {
    delays.push(ms);
  };
  const octokit = await createOctokit(TOKEN, { sleep, log: () => undefined, baseDelayMs: 100 });
  fake.failures.push({ match: /\/issues\/9\/comments$/, status: 502, count: 2 });
  fake.failures.push({ match: /\/issues\/9\/comments$/, status: 429, retryAfter: '3', count: 1 });
  const r = await upsertStickyComment(
    octokit,
    { owner: 'o', repo: 'r', issueNumber: 9, marker: markerFor('default') },
    `${markerFor('default')}\nx`,
  );
  assert.equal(r.action, 'created');
  assert.deepEqual(delays, [100, 200, 3000]);

  delays.length = 0;
  fake.failures.push({ match: /\/issues\/10\/comments$/, status: 503, count: 10 });
  await assert.rejects(
    upsertStickyComment(octokit, { owner: 'o', repo: 'r', issueNumber: 10, marker: 'm' }, 'm'),
    (e: unknown) => (e as { status?: number }).status === 503,
  );
  assert.equal(delays.length, 3, 'three retries, then the error');
  fake.failures.length = 0;

  // Retry-After beyond the cap waits the cap; 404 fails at once
  const waits: number[] = [];
  let calls = 0;
  const err429 = Object.assign(new Error('rate'), { status: 429, response: { headers: { 'retry-after': '3600' } } });
  await withRetry(
    'x',
    async () => {
      if (calls++ === 0) throw err429;
      return 1;
    },
    {
      sleep: async (ms) => {
        waits.push(ms);
      },
      log: () => undefined,
      maxDelayMs: 20_000,
    },
  );
  assert.deepEqual(waits, [20_000]);
  calls = 0;
  await assert.rejects(
    withRetry(
      'x',
      async () => {
        calls++;
        throw Object.assign(new Error('nf'), { status: 404 });
      },
      { sleep: async () => undefined, log: () => undefined },
    ),
  );
  assert.equal(calls, 1);
  // a secondary rate limit (403 with retry-after) is retried
  calls = 0;
  const r403 = Object.assign(new Error('secondary'), { status: 403, response: { headers: { 'retry-after': '1' } } });
  assert.equal(
    await withRetry(
      'x',
      async () => {
        if (calls++ === 0) throw r403;
        return 2;
      },
      { sleep: async () => undefined, log: () => undefined },
    ),
    2,
  );
});

test('Retry-After parsing and error descriptions without credentials', () => {
  assert.equal(retryAfterMs('2'), 2000);
  assert.equal(retryAfterMs('0'), 0);
  assert.equal(retryAfterMs(undefined), undefined);
  assert.equal(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 10_000);
  assert.equal(retryAfterMs('soon'), undefined);
  const e = Object.assign(new Error('Bad credentials for token ghs_abc123 - https://docs.github.com\nmore'), {
    status: 401,
  });
  assert.equal(describeApiError(e), 'HTTP 401: Bad credentials for token *** - https://docs.github.com');
});

test('retries: a connection reset (the server destroys the socket) on the comment upsert is retried, then succeeds', async () => {
  const delays: number[] = [];
  const octokit = await createOctokit(TOKEN, {
    sleep: async (ms) => {
      delays.push(ms);
    },
    log: () => undefined,
    baseDelayMs: 100,
  });
  const before = fake.requests.length;
  // the lookup (GET) and the create (POST) of the PR's comments: each reset once
  fake.resets.push({ match: /\/issues\/11\/comments$/, count: 2 });
  const r = await upsertStickyComment(
    octokit,
    { owner: 'o', repo: 'r', issueNumber: 11, marker: markerFor('reset') },
    `${markerFor('reset')}\nbody`,
  );
  assert.equal(r.action, 'created');
  assert.equal(delays.length, 2, `one retry per reset, got delays ${JSON.stringify(delays)}`);
  assert.equal(fake.resets[0].count, 0);
  assert.ok(fake.requests.length - before >= 4, 'two reset requests and two answered ones');
  fake.resets.length = 0;
});

test('sticky comment: a foreign comment carrying the marker is left untouched; fid-gate posts and then updates its own', async () => {
  const octokit = await createOctokit(TOKEN, quiet);
  const marker = markerFor('default');
  const target = { owner: 'o', repo: 'r', issueNumber: 20, marker };
  const foreignBody = `${marker}\nI wrote this: ![x](https://evil.example/x.png)`;
  const foreign = fake.addComment(20, foreignBody, 'mallory');
  // a comment by another bot (another app) is not fid-gate's either
  const otherBot = fake.addComment(20, `${marker}\nanother app`, 'some-app[bot]', 'Bot');
  const n0 = fake.requests.length;
  const first = await upsertStickyComment(octokit, target, `${marker}\nreport 1`);
  assert.equal(first.action, 'created');
  assert.notEqual(first.id, foreign.id);
  assert.equal(foreign.body, foreignBody, 'the foreign comment is not overwritten');
  assert.equal(otherBot.body, `${marker}\nanother app`);
  assert.ok(!fake.requests.slice(n0).some((r) => r.method === 'PATCH'), 'no edit of any comment');
  const own = fake.comments.get(20)!.find((c) => c.id === first.id)!;
  assert.equal(own.user.login, ACTIONS_BOT_LOGIN);

  const second = await upsertStickyComment(octokit, target, `${marker}\nreport 2`);
  assert.equal(second.action, 'updated');
  assert.equal(second.id, first.id);
  assert.equal(own.body, `${marker}\nreport 2`);
  assert.equal(foreign.body, foreignBody);
  assert.equal(fake.comments.get(20)!.filter((c) => c.body.startsWith(marker)).length, 3, 'two foreign, one own');
  // on-failure policy, passing run: a foreign marker comment does not count as an existing comment to update
  const onlyForeign = fake.addComment(21, `${marker}\nx`, 'mallory');
  assert.equal(
    (await upsertStickyComment(octokit, { ...target, issueNumber: 21 }, `${marker}\ny`, { create: false })).action,
    'skipped',
  );
  assert.equal(onlyForeign.body, `${marker}\nx`);
});

test("sticky comment: with a user's token the author is that user (GET /user); the Actions bot's comment is not theirs", async () => {
  fake.tokenUser = 'octocat';
  try {
    const octokit = await createOctokit(TOKEN, quiet);
    assert.equal(await commenterLogin(octokit), 'octocat');
    const marker = markerFor('default');
    const bot = fake.addComment(22, `${marker}\nfrom a GITHUB_TOKEN run`, ACTIONS_BOT_LOGIN, 'Bot');
    const first = await upsertStickyComment(
      octokit,
      { owner: 'o', repo: 'r', issueNumber: 22, marker },
      `${marker}\nmine`,
    );
    assert.equal(first.action, 'created');
    assert.equal(bot.body, `${marker}\nfrom a GITHUB_TOKEN run`);
    assert.equal(fake.comments.get(22)!.find((c) => c.id === first.id)!.user.login, 'octocat');
    const second = await upsertStickyComment(
      octokit,
      { owner: 'o', repo: 'r', issueNumber: 22, marker },
      `${marker}\nmine again`,
      { author: 'octocat' },
    );
    assert.deepEqual([second.action, second.id], ['updated', first.id]);
  } finally {
    fake.tokenUser = undefined;
  }
});

test('commenterLogin: GET /user refused (403, 404) means GITHUB_TOKEN, github-actions[bot]; a server error is not guessed', async () => {
  const octokit = await createOctokit(TOKEN, { ...quiet, sleep: async () => undefined });
  assert.equal(await commenterLogin(octokit), ACTIONS_BOT_LOGIN);
  fake.failures.push({ match: /^\/user$/, status: 404, count: 1 });
  assert.equal(await commenterLogin(octokit), ACTIONS_BOT_LOGIN);
  fake.failures.push({ match: /^\/user$/, status: 500, count: 10 });
  await assert.rejects(commenterLogin(octokit), (e: unknown) => (e as { status?: number }).status === 500);
  fake.failures.length = 0;
});
