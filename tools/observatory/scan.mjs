// Mozilla's HTTP Observatory on one address of the site, as its command-line scanner grades a host:
//
//     node tools/observatory/scan.mjs HOST PATH HTTP_PORT HTTPS_PORT      (prints the result as JSON)
//
// The package's scan() takes a host name only and grades its "/" on ports 80 and 443 (it does not hand on the
// path and ports its retriever accepts), and every page type must be graded, on loopback ports. So this is
// scan() of @mdn/mdn-http-observatory 1.4.8 (src/scanner/index.js) with those options passed on; the retriever,
// the tests and the grading are the package's own. tests/test_observatory.py runs it.
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from "@mdn/mdn-http-observatory/src/grader/charts.js";
import { getGradeForScore, getScoreModifier } from "@mdn/mdn-http-observatory/src/grader/grader.js";
import { retrieve } from "@mdn/mdn-http-observatory/src/retriever/retriever.js";
import { ALL_TESTS, NUM_TESTS } from "@mdn/mdn-http-observatory/src/constants.js";

const [hostname, path, httpPort, httpsPort] = process.argv.slice(2);
const requests = await retrieve(hostname, { path, httpPort, httpsPort });
if (!requests.responses.auto) {
  console.log(JSON.stringify({ error: "The site seems to be down." }));
  process.exit(1);
}
const results = ALL_TESTS.map((test) => test(requests));
let passed = 0;
let withExtraCredit = 100;
let uncurved = 100;
const tests = {};
for (const result of results) {
  if (result.result) {
    result.scoreModifier = getScoreModifier(result.result);
    passed += result.pass ? 1 : 0;
    withExtraCredit += result.scoreModifier;
    if (result.scoreModifier < 0) {
      uncurved += result.scoreModifier;
    }
  }
  tests[result.constructor.name] = result;
}
const final = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
console.log(
  JSON.stringify({
    scan: {
      grade: final.grade,
      score: final.score,
      statusCode: requests.responses.auto.status,
      testsFailed: NUM_TESTS - passed,
      testsPassed: passed,
    },
    tests,
  }),
);
