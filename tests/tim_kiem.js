// Runs the site's search engine (docs/assets/javascripts/tim-kiem-worker.js) under Node on a
// built index, for the relevance suite and its benchmark:
//   node tests/tim_kiem.js SITE/search/search_index.json < queries.json > results.json
// queries.json: ["query", ...]; results.json: for each query, its result groups (a page and
// its sections, best first): [{page, items: [{location, title}]}].
"use strict";
const fs = require("fs");
const path = require("path");
const { Engine } = require(path.join(__dirname, "..", "docs", "assets", "javascripts", "tim-kiem-worker.js"));

const index = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const engine = new Engine(index.docs);
const queries = JSON.parse(fs.readFileSync(0, "utf8"));
const strip = (html) => html.replace(/<[^>]+>/g, "");
const out = queries.map((query) => engine.search(query).items.map((group) => ({
  page: group[0].location.split("#")[0],
  items: group.map((item) => ({ location: item.location, title: strip(item.title), text: strip(item.text), terms: item.terms })),
})));
process.stdout.write(JSON.stringify(out));
