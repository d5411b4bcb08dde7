// KAM Navigator widget: defines the <kam-navigator> custom element.
//
// A host page adds this module and the element; the widget renders inside
// its own Shadow DOM with its own stylesheet, so host CSS neither breaks it
// nor is broken by it. This file is a template: the post-build step fills in
// the content-hashed names of the core files and minifies it.
const BASE = new URL('.', import.meta.url);
const url = (file) => new URL(file, BASE).href;
// The employer, candidate and calculator modules, and one with all tools
// that reads override documents, each the stem of its glue (`.js`) and wasm
// (`_bg.wasm`). Each of the first three holds one tool (and the overview),
// so a visitor loads only the code of the tool they open, and another
// tool's module when they open that.
const MODULES = __MODULES__;
const CSS = url('__CSS__');
// The module with the page of a route ("#/calculator") or a tool, read as
// the widget reads them (Route::from_hash, ToolChoice::parse).
const moduleOf = (s) => ((s = s.trim().toLowerCase().replace(/^[#/]+/, '')),
  /^cand/.test(s) ? 1 : /^calc/.test(s) ? 2 : 0);

// Each module is compiled once per page, but every widget gets its own
// instance (its own copy of the glue, hence the query): a panic aborts
// only the instance it happens in, so the other widgets on the page keep
// working. The page's first glue is `?instance=1`.
const compiled = [];
let instances = 0;
async function loadCore(k) {
  const stem = url(MODULES[k]);
  const wasm = `${stem}_bg.wasm`;
  compiled[k] ??= WebAssembly.compileStreaming(fetch(wasm)).catch(async () =>
    // Hosts that serve .wasm with the wrong type: compile from bytes.
    WebAssembly.compile(await (await fetch(wasm)).arrayBuffer()));
  const [module, m] = await Promise.all([compiled[k], import(`${stem}.js?instance=${++instances}`)]);
  await m.default({ module_or_path: module });
  return m;
}

const ATTRIBUTES = ['lang', 'tool', 'cta-href', 'cta-label', 'config', 'routing', 'state-key'];
const camel = (s) => s.replace(/-(\w)/g, (_, c) => c.toUpperCase());

// Reads an override document; an unreadable one is reported by the widget,
// which carries on with its built-in data.
async function fetchConfig(url) {
  try {
    const response = await fetch(new URL(url, document.baseURI), { credentials: 'omit' });
    if (!response.ok) return { configError: `HTTP ${response.status}` };
    return { configText: await response.text() };
  } catch (e) {
    return { configError: String((e && e.message) || e) };
  }
}

class KamNavigatorElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #mount;
  #widget;
  #generation = 0;
  #reserved = false;
  #configUrl;
  #config = {};

  // This widget's instance of each module it loaded, the module it runs,
  // and what its widget hands to the next one while a swap is pending.
  #cores = [];
  #module;
  #handoff;

  connectedCallback() {
    if (!this.#mount) {
      const shadow = this.attachShadow({ mode: 'open' });
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = CSS;
      this.#mount = document.createElement('div');
      this.#mount.className = 'kn-root';
      shadow.append(link, this.#mount);
      this.addEventListener('kam-navigator:crash', (e) => this.#crashed(e.detail));
    }
    // Reserve room while the core loads so the host page does not jump.
    if (!this.#widget && !this.style.minHeight) {
      this.style.minHeight = '36rem';
      this.#reserved = true;
    }
    this.#render();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#widget?.destroy();
    this.#widget = undefined;
    // Its saver has written the session; back on the page, it starts from
    // storage without taking the focus.
    this.#handoff = undefined;
  }

  attributeChangedCallback() {
    if (this.#mount && this.isConnected) this.#render();
  }

  async #render() {
    const generation = ++this.#generation;
    const options = {};
    for (const name of ATTRIBUTES) options[camel(name)] = this.getAttribute(name);
    if (options.config !== this.#configUrl) {
      this.#configUrl = options.config;
      this.#config = options.config ? await fetchConfig(options.config) : {};
    }
    const k = (this.#module ??= this.#config.configText ? 3
      : moduleOf((options.routing?.trim() === 'hash' ? location.hash : options.tool) ?? ''));
    let m;
    try {
      m = await (this.#cores[k] ??= loadCore(k));
    } catch (e) {
      console.error('kam-navigator: could not load', e);
      // The next render (the button) tries again: a network blip must not
      // break the module for the page's life. A pending handoff is kept.
      compiled[k] = this.#cores[k] = undefined;
      if (generation === this.#generation) {
        this.#widget?.destroy();
        this.#crashed({ text: 'KAM Navigator could not be loaded. / KAM Navigator konnte nicht geladen werden.' });
      }
      return;
    }
    if (generation !== this.#generation || !this.isConnected) return;
    // A widget asks for another module (its index, ui::app::module_index):
    // mount that module's widget in its place, with what it hands over.
    const swap = (k, handoff) => {
      this.#module = k;
      this.#handoff = handoff;
      this.#render();
    };
    const all = { ...options, ...this.#config, swap };
    if (this.#widget && !this.#handoff) {
      this.#widget.update(all);
    } else {
      this.#widget?.destroy();
      this.#widget = m.mount(this.#mount, this, { ...all, handoff: this.#handoff });
      this.#handoff = undefined;
    }
    if (this.#reserved) {
      this.style.minHeight = '';
      this.#reserved = false;
    }
  }

  // The widget's wasm instance panicked (it logged why): swap the dead
  // widget, and its listeners, for a message and a button that starts a
  // fresh instance. Runs inside the panic hook: no calls into the wasm here.
  #crashed(detail) {
    const box = document.createElement('div');
    box.className = 'kn-crash';
    box.setAttribute('role', 'alert');
    box.dataset.testid = 'crash';
    const text = document.createElement('p');
    text.textContent = detail?.text || 'KAM Navigator: error.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'kn-button';
    button.dataset.testid = 'crash-reload';
    button.textContent = detail?.button || 'Reload';
    button.addEventListener('click', () => {
      fresh.replaceChildren();
      this.#render();
    });
    box.append(text, button);
    const fresh = document.createElement('div');
    fresh.className = 'kn-root';
    fresh.append(box);
    this.#mount.replaceWith(fresh);
    this.#mount = fresh;
    this.#widget = undefined;
    this.#cores = [];
  }

  /** Benchmark aid: bytes of this widget's wasm memory. */
  wasmMemoryBytes() {
    return this.#widget?.memoryBytes() ?? 0;
  }

  /** Test aid: makes this widget's wasm instance panic. */
  crashForTest() {
    this.#widget?.simulatePanic();
  }
}

if (!customElements.get('kam-navigator')) {
  customElements.define('kam-navigator', KamNavigatorElement);
}
