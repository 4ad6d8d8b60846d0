// Benchmark server: a small JSON answer on every path, run in its own process so it does not share the client's event loop.
import http from "node:http";

const body = JSON.stringify({
  status: 200,
  data: {
    id: "seance_0001",
    company_id: "company_0042",
    duration_hours: 3.5,
    amount_eur: "420.00",
    trainees: ["t1", "t2", "t3"],
  },
});
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.send?.({ port: server.address().port });
});
process.on("disconnect", () => server.close(() => process.exit(0)));
