// Starts Redoc on a reference page: the docs-only spec and Redoc's options are embedded in the page.
(() => {
  function readJson(id) {
    var element = document.getElementById(id);
    if (!element) throw new Error('reference page: expected a <script id="' + id + '"> holding JSON, found none');
    return JSON.parse(element.textContent);
  }

  // Redoc's Prism has no TypeScript grammar: our samples are TypeScript, so add it (JavaScript plus types).
  function registerTypeScript(prism) {
    if (!prism || !prism.languages || prism.languages.typescript || !prism.languages.javascript) return;
    prism.languages.typescript = prism.languages.extend("javascript", {
      builtin: /\b(?:Array|Promise|Record|Partial|any|boolean|console|never|number|string|unknown|void)\b/,
    });
    prism.languages.insertBefore("typescript", "keyword", {
      "type-keyword": { pattern: /\b(?:as|interface|keyof|readonly|satisfies|type)\b/, alias: "keyword" },
    });
  }

  registerTypeScript(window.Prism);
  var container = document.getElementById("redoc-container");
  window.Redoc.init(readJson("pa-spec"), readJson("pa-redoc-options"), container, (error) => {
    if (error) {
      console.error("Redoc could not render this reference:", error);
      return;
    }
    document.body.setAttribute("data-rendered", "true");
  });
})();
