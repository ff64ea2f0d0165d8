// The landing page's query editor: CodeMirror with SPARQL highlighting and prefix completion,
// the named queries as examples, Run, a sortable results table, downloads. Everything it loads
// is served by parlgraph itself.
"use strict";

(function () {
  const config = JSON.parse(document.getElementById("editor-config").textContent);
  const form = document.getElementById("query-form");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const examples = document.getElementById("examples");

  // Prefix completion: the word before the cursor is matched against the known prefixes; the
  // choice writes `prefix:` and declares the prefix at the top when the query lacks it.
  function prefixHint(cm) {
    const cursor = cm.getCursor();
    const line = cm.getLine(cursor.line);
    let start = cursor.ch;
    while (start > 0 && /[\w-]/.test(line.charAt(start - 1))) start -= 1;
    const word = line.slice(start, cursor.ch).toLowerCase();
    const declaring = /^\s*PREFIX\s+[\w-]*$/i.test(line.slice(0, cursor.ch));
    const list = Object.entries(config.prefixes)
      .filter(([prefix]) => prefix.startsWith(word))
      .map(([prefix, iri]) => ({
        text: declaring ? `${prefix}: <${iri}>` : `${prefix}:`,
        displayText: `${prefix}: <${iri}>`,
        hint(editor, data, completion) {
          editor.replaceRange(completion.text, data.from, data.to);
          const declaration = new RegExp(`PREFIX\\s+${prefix}:`, "i");
          if (!declaring && !declaration.test(editor.getValue())) {
            editor.replaceRange(`PREFIX ${prefix}: <${iri}>\n`, CodeMirror.Pos(0, 0));
          }
        },
      }));
    return { list, from: CodeMirror.Pos(cursor.line, start), to: cursor };
  }

  const editor = CodeMirror.fromTextArea(document.getElementById("query"), {
    mode: "application/sparql-query",
    lineNumbers: true,
    matchBrackets: true,
    indentUnit: 2,
    extraKeys: { "Ctrl-Space": (cm) => cm.showHint({ hint: prefixHint, completeSingle: false }) },
  });

  examples.addEventListener("change", () => {
    const chosen = config.examples.find((item) => item.name === examples.value);
    if (!chosen) return;
    editor.setValue(chosen.text);
    history.replaceState(null, "", `/?example=${encodeURIComponent(chosen.name)}`);
  });

  function localHref(iri) {
    return iri.startsWith(config.base + "id/") ? "/" + iri.slice(config.base.length) : iri;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const link = document.createElement("a");
      link.href = localHref(term.value);
      link.textContent = term.value;
      td.appendChild(link);
    } else {
      td.textContent = term.type === "bnode" ? `_:${term.value}` : term.value;
    }
    td.dataset.sort = term.value;
    return td;
  }

  function compare(a, b) {
    const x = Number(a);
    const y = Number(b);
    if (a !== "" && b !== "" && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
    return a.localeCompare(b);
  }

  // Clicking a header sorts by that column; clicking it again reverses the order.
  function makeSortable(table) {
    table.querySelectorAll("th").forEach((th, index) => {
      th.addEventListener("click", () => {
        const body = table.tBodies[0];
        const descending = th.getAttribute("aria-sort") === "ascending";
        table.querySelectorAll("th").forEach((other) => other.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        const rows = Array.from(body.rows);
        rows.sort((r1, r2) => {
          const order = compare(r1.cells[index].dataset.sort || "", r2.cells[index].dataset.sort || "");
          return descending ? -order : order;
        });
        rows.forEach((row) => body.appendChild(row));
      });
    });
  }

  function showTable(data) {
    results.replaceChildren();
    if (typeof data.boolean === "boolean") {
      const answer = document.createElement("p");
      answer.textContent = `ASK: ${data.boolean}`;
      results.appendChild(answer);
      return;
    }
    const columns = data.head.vars;
    const table = document.createElement("table");
    table.className = "results sortable";
    const head = table.createTHead().insertRow();
    columns.forEach((name) => {
      const th = document.createElement("th");
      th.textContent = name;
      th.title = "sort";
      head.appendChild(th);
    });
    const body = table.createTBody();
    data.results.bindings.forEach((binding) => {
      const row = body.insertRow();
      columns.forEach((name) => row.appendChild(cell(binding[name])));
    });
    results.appendChild(table);
    makeSortable(table);
    status.textContent = `${data.results.bindings.length} rows`;
  }

  async function ask(accept) {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: accept },
      body: editor.getValue(),
    });
    if (!response.ok) throw new Error(`${response.status}: ${(await response.text()).trim()}`);
    return response;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    status.textContent = "running…";
    try {
      const response = await ask(
        "application/sparql-results+json, text/turtle;q=0.9",
      );
      if ((response.headers.get("content-type") || "").startsWith("text/turtle")) {
        const pre = document.createElement("pre");
        pre.textContent = await response.text();
        results.replaceChildren(pre);
        status.textContent = "graph";
      } else {
        showTable(await response.json());
      }
    } catch (error) {
      results.replaceChildren();
      status.textContent = error.message;
    }
  });

  document.querySelectorAll("[data-download]").forEach((button) => {
    button.addEventListener("click", async () => {
      try {
        const response = await ask(button.dataset.download);
        const link = document.createElement("a");
        link.href = URL.createObjectURL(await response.blob());
        link.download = `results.${button.dataset.extension}`;
        link.click();
        URL.revokeObjectURL(link.href);
      } catch (error) {
        status.textContent = error.message;
      }
    });
  });
})();
