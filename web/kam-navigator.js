// KAM Navigator widget: defines the <kam-navigator> custom element.
//
// A host page adds this module and the element; the widget renders inside
// its own Shadow DOM with its own stylesheet, so host CSS neither breaks it
// nor is broken by it. This file is a template: the post-build step fills in
// the content-hashed names of the core files and minifies it.
const BASE = new URL('.', import.meta.url);
const CORE_JS = new URL('__CORE_JS__', BASE).href;
const CORE_WASM = new URL('__CORE_WASM__', BASE).href;
const CSS = new URL('__CSS__', BASE).href;

// One core per page, shared by every element on it.
let core;
function loadCore() {
  core ??= import(CORE_JS).then(async (m) => {
    await m.default({ module_or_path: CORE_WASM });
    return m;
  });
  return core;
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

  connectedCallback() {
    if (!this.#mount) {
      const shadow = this.attachShadow({ mode: 'open' });
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = CSS;
      this.#mount = document.createElement('div');
      this.#mount.className = 'kn-root';
      shadow.append(link, this.#mount);
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
    let m;
    try {
      m = await loadCore();
    } catch (e) {
      console.error('kam-navigator: could not load', e);
      this.#mount.textContent = 'KAM Navigator could not be loaded. / KAM Navigator konnte nicht geladen werden.';
      return;
    }
    if (generation !== this.#generation || !this.isConnected) return;
    const all = { ...options, ...this.#config };
    if (this.#widget) {
      this.#widget.update(all);
    } else {
      this.#widget = m.mount(this.#mount, this, all);
    }
    if (this.#reserved) {
      this.style.minHeight = '';
      this.#reserved = false;
    }
  }
}

if (!customElements.get('kam-navigator')) {
  customElements.define('kam-navigator', KamNavigatorElement);
}
