// The HTTP floor of `npm run bench`: the cheapest page of 24 public products served over HTTP with nothing
// else — node:http, one `pg` pool, one statement on IDX_product_public_newest, the rows as JSON. Started by
// bench.mjs as a process of its own (as the API is) with the bench database's URL and the pool size as arguments;
// prints "floor listening on <port>" once it answers.
import http from "node:http";
import pg from "pg";

const [url, max] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: Number(max) || 10 });
const sql = `SELECT id, slug, name, price, stall_id, created_at FROM product
              WHERE status = 'active' AND hidden_at IS NULL ORDER BY created_at DESC LIMIT 24`;

const server = http.createServer((req, res) => {
  pool.query(sql).then(
    ({ rows }) => {
      const body = JSON.stringify({ items: rows });
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
      res.end(body);
    },
    (err) => {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(String(err));
    },
  );
});
server.listen(0, "127.0.0.1", () => console.log(`floor listening on ${server.address().port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))));
