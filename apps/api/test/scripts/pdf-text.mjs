// Prints {text, pages} of the PDF on stdin as JSON. Run as its own process: pdf.js loads its worker with a
// dynamic import, which jest's module sandbox cannot do.
import { PDFParse } from "pdf-parse";

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
const r = await parser.getText();
await parser.destroy();
process.stdout.write(JSON.stringify({ text: r.text, pages: r.total }));
