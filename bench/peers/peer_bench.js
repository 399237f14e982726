#!/usr/bin/env node
// bench/peers/peer_bench.js: throughput of one peer date-time parser (chrono-node or
// Microsoft Recognizers-Text) over a JSON Lines corpus in newsline's input shape
// ({"id","source","published","title","text"} per line), for bench/peers/run.sh.
//
// Each article is parsed as title + "\n" + text (text alone when the title is null) with
// its `published` as the reference date. Prints one line of key=value results: peer,
// documents, input and text MB, seconds, MB/s of both, documents/s and matches.
//
// The peers are not the project's dependencies: they are installed outside the work tree
// (see README.md) and loaded from --peers-dir, $NEWSLINE_PEERS_DIR or
// ~/.cache/newsline-peers. Exit status: 0 done, 2 bad usage or unreadable input,
// 3 peer not installed.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { createRequire } = require('module');

const kPeers = ['chrono-zh', 'chrono-en', 'recognizers-zh', 'recognizers-en'];

const kUsage = `usage: peer_bench.js --peer NAME [--limit N] [--peers-dir DIR] FILE.jsonl
       peer_bench.js --peer NAME --check [--peers-dir DIR]
  NAME: ${kPeers.join(', ')}
  --limit N   read only the first N articles (default: all)
  --check     exit 0 when the peer loads, 3 when it is not installed`;

// Reference date for articles whose `published` is null or unparseable.
const kFallbackReference = new Date('2025-01-01T12:00:00+08:00');

// Exit status when a peer's package cannot be loaded (run.sh skips the peer on it).
const kExitNotInstalled = 3;

function fail(message, status = 2) {
  process.stderr.write(`peer_bench: ${message}\n`);
  process.exit(status);
}

function parse_args(argv) {
  const args = { peer: null, limit: Infinity, check: false, file: null,
                 peers_dir: process.env.NEWSLINE_PEERS_DIR ||
                            path.join(os.homedir(), '.cache', 'newsline-peers') };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value\n${kUsage}`);
      return argv[++i];
    };
    if (arg === '--peer') args.peer = value();
    else if (arg === '--limit') {
      args.limit = Number(value());
      if (!Number.isInteger(args.limit) || args.limit < 0) fail(`--limit wants a count\n${kUsage}`);
    } else if (arg === '--peers-dir') args.peers_dir = value();
    else if (arg === '--check') args.check = true;
    else if (arg === '-h' || arg === '--help') { process.stdout.write(`${kUsage}\n`); process.exit(0); }
    else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${kUsage}`);
    else if (args.file === null) args.file = arg;
    else fail(`one input file only\n${kUsage}`);
  }
  if (!args.peer) fail(`--peer is required\n${kUsage}`);
  if (!kPeers.includes(args.peer)) fail(`unknown peer ${args.peer}\n${kUsage}`);
  if (!args.check && args.file === null) fail(`no input file\n${kUsage}`);
  return args;
}

// Loads package `name` from the peers directory, else from Node's usual search path (a
// global install), as { module, version }; exits with kExitNotInstalled when neither has it.
function load_package(peers_dir, name) {
  const from_peers_dir = createRequire(path.join(path.resolve(peers_dir), 'package.json'));
  for (const load of [from_peers_dir, require]) {
    let entry;
    try {
      entry = load.resolve(name);
    } catch (error) {
      if (error.code !== 'MODULE_NOT_FOUND') throw error;
      continue;
    }
    return { module: load(entry), version: package_version(entry, name) };
  }
  fail(`${name} is not installed in ${peers_dir} (bash bench/peers/run.sh --install)`,
       kExitNotInstalled);
}

// The version in the package.json of `name` above its entry file (read from disk: a
// package's "exports" may hide its package.json from require).
function package_version(entry, name) {
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const json = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    if (json.name === name) return json.version;
  }
  return '?';
}

// Returns { version, parse(text, reference) → number of matches } for a peer name. Models
// are built once here, outside the timed loop, as a long-running service would.
function make_peer(name, peers_dir) {
  switch (name) {
    case 'chrono-zh':
    case 'chrono-en': {
      const { module: chrono, version } = load_package(peers_dir, 'chrono-node');
      // chrono.zh merges the Simplified (zh.hans) and Traditional (zh.hant) parsers: the
      // corpus has both (cnyes.com headlines are Traditional). chrono.en is the casual parser.
      const parser = name === 'chrono-zh' ? chrono.zh : chrono.en;
      if (!parser || typeof parser.parse !== 'function') {
        fail(`this chrono-node has no ${name === 'chrono-zh' ? 'zh' : 'en'} parser`, kExitNotInstalled);
      }
      return {
        version: `chrono-node ${version}`,
        parse: (text, reference) => parser.parse(text, reference).length,
      };
    }
    case 'recognizers-zh':
    case 'recognizers-en': {
      // The suite's recognizeDateTime(text, culture, options, reference) builds a new
      // DateTimeRecognizer on every call. The suite bundles, and depends on,
      // @microsoft/recognizers-text-date-time: its model built once and reused gives the same
      // results (identical JSON on 202 corpus articles) and is the peer's fastest use.
      const suite = load_package(peers_dir, '@microsoft/recognizers-text-suite');
      const date_time = load_package(peers_dir, '@microsoft/recognizers-text-date-time');
      const { Culture } = suite.module;
      const { DateTimeRecognizer, DateTimeOptions } = date_time.module;
      const culture = name === 'recognizers-zh' ? Culture.Chinese : Culture.English;
      const recognizer = new DateTimeRecognizer(culture, DateTimeOptions.None);
      const model = recognizer.getDateTimeModel(culture, false);
      return {
        version: `@microsoft/recognizers-text-suite ${suite.version}` +
                 ` (date-time ${date_time.version}, ${culture})`,
        parse: (text, reference) => model.parse(text, reference).length,
      };
    }
    default:
      fail(`unknown peer ${name}\n${kUsage}`);
  }
}

// `published` as a Date: a date alone is taken at noon in Beijing (+08:00), which is the
// same calendar day in every zone from UTC-4 to UTC+14; null or unparseable → the fallback.
function reference_date(published) {
  if (typeof published !== 'string') return kFallbackReference;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T12:00:00+08:00` : published;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? kFallbackReference : date;
}

async function main() {
  const args = parse_args(process.argv.slice(2));
  const load_start = process.hrtime.bigint();
  const peer = make_peer(args.peer, args.peers_dir);
  const load_seconds = Number(process.hrtime.bigint() - load_start) / 1e9;
  if (args.check) {
    process.stdout.write(`${args.peer}: ${peer.version}\n`);
    return;
  }

  let input;
  try {
    input = fs.createReadStream(args.file);
    await new Promise((resolve, reject) => { input.once('open', resolve); input.once('error', reject); });
  } catch (error) {
    fail(`cannot read ${args.file}: ${error.message}`);
  }
  const lines = readline.createInterface({ input, crlfDelay: Infinity });

  let docs = 0, input_bytes = 0, text_bytes = 0, matches = 0, bad_lines = 0, peer_errors = 0;
  let slowest_ms = 0, slowest_id = '';
  const start = process.hrtime.bigint();
  for await (const line of lines) {
    if (docs >= args.limit) break;
    input_bytes += Buffer.byteLength(line, 'utf8') + 1;  // + the line feed
    if (line.trim() === '') continue;
    let article;
    try {
      article = JSON.parse(line);
    } catch {
      ++bad_lines;
      continue;
    }
    const body = typeof article.text === 'string' ? article.text : '';
    const text = typeof article.title === 'string' && article.title !== '' ? `${article.title}\n${body}` : body;
    ++docs;
    text_bytes += Buffer.byteLength(text, 'utf8');
    const doc_start = process.hrtime.bigint();
    try {
      matches += peer.parse(text, reference_date(article.published));
    } catch {
      ++peer_errors;  // a peer that throws on one article goes on with the next
    }
    const doc_ms = Number(process.hrtime.bigint() - doc_start) / 1e6;
    if (doc_ms > slowest_ms) {
      slowest_ms = doc_ms;
      slowest_id = String(article.id ?? docs);
    }
  }
  lines.close();
  input.destroy();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  const fixed = (x, digits) => (Number.isFinite(x) ? x.toFixed(digits) : 'inf');
  const fields = [
    ['peer', args.peer],
    ['docs', docs],
    ['input_mb', fixed(input_bytes / 1e6, 3)],
    ['text_mb', fixed(text_bytes / 1e6, 3)],
    ['load_s', fixed(load_seconds, 3)],
    ['seconds', fixed(seconds, 3)],
    ['input_mb_s', fixed(input_bytes / 1e6 / seconds, 4)],
    ['text_mb_s', fixed(text_bytes / 1e6 / seconds, 4)],
    ['docs_s', fixed(docs / seconds, 1)],
    ['matches', matches],
    ['errors', peer_errors],
    ['bad_lines', bad_lines],
    ['slowest_ms', fixed(slowest_ms, 1)],
    ['slowest_id', JSON.stringify(slowest_id)],
  ];
  process.stdout.write(`${fields.map(([key, value]) => `${key}=${value}`).join(' ')}\n`);
  process.stderr.write(`peer_bench: ${peer.version}\n`);
}

main().catch((error) => fail(error.stack || String(error)));
