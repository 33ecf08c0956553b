/**
 * Expects `table` to become cards on a phone (base.css `.table-cards`): it has the class, and every body cell names
 * its column in `data-label` — the text of the header above it, for a row with one cell per column; any non-empty
 * name for a cell spanning columns (an opened detail row).
 */
export function expectCardCells(table: HTMLElement): void {
  expect(table).toHaveClass("table-cards");
  const headers = [...table.querySelectorAll("thead th")].map((th) => (th.textContent ?? "").trim());
  const rows = [...table.querySelectorAll("tbody tr")];
  expect(rows.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  rows.forEach((row, r) => {
    const cells = [...row.querySelectorAll(":scope > td")];
    cells.forEach((cell, c) => {
      const label = cell.getAttribute("data-label")?.trim() ?? "";
      const expected = cells.length === headers.length ? headers[c] : undefined;
      if (!label || (expected !== undefined && label !== expected)) {
        wrong.push(`row ${r + 1}, cell ${c + 1}: data-label "${label}"${expected ? `, header "${expected}"` : ""}`);
      }
    });
  });
  expect(wrong).toEqual([]);
}
