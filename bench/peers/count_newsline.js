#!/usr/bin/env node
// bench/peers/count_newsline.js: counts what `newsline extract` found in its JSON Lines
// output (one document per line: doc, timexes, figures, entities, events), so that
// bench/peers/run.sh can set newsline's time expressions beside the peers' date-time
// matches. Prints one line: docs=N timexes=N figures=N entities=N events=N bad_lines=N.
// Needs only Node; not timed.
'use strict';

const fs = require('fs');
const readline = require('readline');

async function main() {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    process.stderr.write('usage: count_newsline.js NEWSLINE_OUTPUT.jsonl\n');
    process.exit(2);
  }
  const counts = { docs: 0, timexes: 0, figures: 0, entities: 0, events: 0, bad_lines: 0 };
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      ++counts.bad_lines;
      continue;
    }
    ++counts.docs;
    for (const key of ['timexes', 'figures', 'entities', 'events']) {
      if (Array.isArray(record[key])) counts[key] += record[key].length;
    }
  }
  process.stdout.write(`${Object.entries(counts).map(([key, n]) => `${key}=${n}`).join(' ')}\n`);
}

main().catch((error) => {
  process.stderr.write(`count_newsline: ${error.message}\n`);
  process.exit(2);
});
