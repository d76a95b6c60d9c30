// Sums the counters of every .trx file in a folder and prints "passed failed skipped".
// Node is one of the two things a fresh machine has, so the test script relies on it rather than python.
const fs = require("fs");
const path = require("path");
const dir = process.argv[2];
const perProject = process.argv.includes("--per-project");
let passed = 0, failed = 0, skipped = 0;
for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  if (!name.endsWith(".trx")) continue;
  const text = fs.readFileSync(path.join(dir, name), "utf8");
  const counters = /<Counters ([^>]*)\/>/.exec(text);
  if (!counters) continue;
  const c = {};
  for (const m of counters[1].matchAll(/(\w+)="(\d+)"/g)) c[m[1]] = Number(m[2]);
  const f = (c.failed || 0) + (c.error || 0) + (c.timeout || 0) + (c.aborted || 0);
  passed += c.passed || 0;
  failed += f;
  skipped += c.notExecuted || 0;
  if (perProject) {
    const storage = /storage="([^"]*)"/.exec(text);
    const project = storage ? path.basename(storage[1], ".dll") : name;
    console.log(`  ${project}: ${c.passed || 0} passed, ${f} failed, ${c.notExecuted || 0} skipped`);
  }
}
if (!perProject) console.log(`${passed} ${failed} ${skipped}`);
